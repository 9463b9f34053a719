package dev.atrium.core.party;

import static dev.atrium.core.party.Address.Kind.BILLING;
import static dev.atrium.core.party.Address.Kind.SHIPPING;
import static dev.atrium.core.party.PaymentTerms.DUE_ON_RECEIPT;
import static dev.atrium.core.party.PaymentTerms.END_OF_MONTH;
import static dev.atrium.core.party.PaymentTerms.NET_30;
import static dev.atrium.core.party.PaymentTerms.NET_30_END_OF_MONTH;
import static dev.atrium.core.party.PaymentTerms.NET_45;
import static dev.atrium.core.party.PaymentTerms.NET_60;
import static dev.atrium.core.party.ThirdParty.Kind.COMPANY;
import static dev.atrium.core.party.ThirdParty.Kind.INDIVIDUAL;
import static dev.atrium.core.party.ThirdParty.SalesRelation.CUSTOMER;
import static dev.atrium.core.party.ThirdParty.SalesRelation.NONE;
import static dev.atrium.core.party.ThirdParty.SalesRelation.PROSPECT;

import dev.atrium.core.provisioning.DemoDataContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** Customers, prospects and suppliers of the quick start's demo company. */
@Component
class ThirdPartyDemoData implements DemoDataContributor {

    private final ThirdPartyService thirdParties;

    ThirdPartyDemoData(ThirdPartyService thirdParties) {
        this.thirdParties = thirdParties;
    }

    @Override
    public void addDemoData(long tenantId) {
        add(COMPANY, "Boulangerie Martin SARL", CUSTOMER, false, "FR40303265045", NET_30,
                contact("Claire Martin", "Owner", "claire@boulangerie-martin.fr"),
                address(BILLING, "12 rue des Lilas", "75011", "Paris", "FR"));
        add(COMPANY, "Nordwind Logistik GmbH", CUSTOMER, false, "DE129273398", NET_45,
                contact("Jonas Weber", "Head of Operations", "j.weber@nordwind.de"),
                address(BILLING, "Hafenstraße 7", "20457", "Hamburg", "DE"));
        add(COMPANY, "Atlantic Dental Clinic", CUSTOMER, false, "IE6388047V", NET_30_END_OF_MONTH,
                contact("Dr. Aoife Byrne", "Practice Manager", "aoife@atlanticdental.ie"),
                address(BILLING, "4 Harbour Road", "H91 X2Y3", "Galway", "IE"));
        add(COMPANY, "Van Dijk Architecten BV", CUSTOMER, true, "NL853746333B01", END_OF_MONTH,
                contact("Sanne van Dijk", "Partner", "sanne@vandijk-architecten.nl"),
                address(BILLING, "Prinsengracht 263", "1016 GV", "Amsterdam", "NL"));
        add(COMPANY, "Hotel Miramar", CUSTOMER, false, "ES54362315K", NET_30,
                contact("Lucía Fernández", "General Manager", "lucia@hotelmiramar.es"),
                address(SHIPPING, "Passeig Marítim 21", "08003", "Barcelona", "ES"));
        add(INDIVIDUAL, "Thomas Leroy", CUSTOMER, false, null, DUE_ON_RECEIPT,
                contact("Thomas Leroy", null, "thomas.leroy@example.fr"),
                address(BILLING, "3 chemin du Moulin", "69005", "Lyon", "FR"));
        add(COMPANY, "Greenfield Property Management", PROSPECT, false, "GB123456789", NET_30,
                contact("Hannah Clarke", "Facilities Director", "h.clarke@greenfield-pm.co.uk"),
                address(BILLING, "1 King Street", "M2 4LQ", "Manchester", "GB"));
        add(COMPANY, "Studio Bianchi", PROSPECT, false, "IT00743110157", NET_60,
                contact("Marco Bianchi", "Founder", "marco@studiobianchi.it"),
                address(BILLING, "Via Torino 40", "20123", "Milano", "IT"));
        add(COMPANY, "Clinique Saint-Roch", PROSPECT, false, "BE0403170701", NET_45,
                contact("Isabelle Dubois", "Purchasing", "achats@saint-roch.be"),
                address(BILLING, "Rue Royale 150", "1000", "Bruxelles", "BE"));
        add(COMPANY, "OfficePro Supplies", NONE, true, "FR83404833048", NET_30,
                contact("Karim Benali", "Account Manager", "k.benali@officepro.fr"),
                address(BILLING, "8 avenue de l'Europe", "67000", "Strasbourg", "FR"));
        add(COMPANY, "Alpine IT Services AG", NONE, true, "CHE116281710", NET_30_END_OF_MONTH,
                contact("Nina Keller", "Support Lead", "support@alpine-it.ch"),
                address(BILLING, "Bahnhofstrasse 10", "8001", "Zürich", "CH"));
        add(COMPANY, "Rapid Courier Ltd", NONE, true, "GB987654321", DUE_ON_RECEIPT,
                contact("Sam Patel", "Dispatch", "dispatch@rapidcourier.co.uk"),
                address(SHIPPING, "Unit 5, Riverside Park", "E14 9TP", "London", "GB"));
    }

    private void add(ThirdParty.Kind kind, String name, ThirdParty.SalesRelation relation, boolean supplier,
            String taxId, PaymentTerms terms, ContactRequest contact, AddressRequest address) {
        String domain = contact.email().substring(contact.email().indexOf('@') + 1);
        thirdParties.create(new ThirdPartyRequest(null, kind, name, null, relation, supplier, null, taxId,
                "hello@" + domain, null, "https://www." + domain, terms, null, null, List.of(contact),
                List.of(address)));
    }

    private static ContactRequest contact(String name, String jobTitle, String email) {
        return new ContactRequest(name, jobTitle, email, null, true);
    }

    private static AddressRequest address(Address.Kind kind, String line1, String postalCode, String city,
            String country) {
        return new AddressRequest(kind, line1, null, postalCode, city, null, country);
    }
}
