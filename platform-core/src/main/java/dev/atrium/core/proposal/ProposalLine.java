package dev.atrium.core.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One line of a proposal; changed only through its {@link Proposal}, while that is a draft. */
@Entity
@Table(name = "proposal_line")
class ProposalLine extends SalesLine {

    protected ProposalLine() {
    }

    ProposalLine(int lineNumber, LineTerms terms) {
        super(lineNumber, terms);
    }

    void change(LineTerms terms) {
        describe(terms);
    }

    void moveTo(int lineNumber) {
        renumber(lineNumber);
    }
}
