-- A proposal names the order or invoice it became, and the order names its proposal: the two back references
-- are checked at commit when a transaction asks, so the tenant purge can delete both tables in one
-- transaction whatever the order. Every other transaction checks them at once, as before.
alter table proposal alter constraint proposal_tenant_id_order_id_fkey deferrable initially immediate;
alter table proposal alter constraint proposal_tenant_id_invoice_id_fkey deferrable initially immediate;

-- A validated invoice is never deleted, but its tenant's purge takes it: once the operator closed the tenant
-- (the application serves a closed tenant nothing, and its role holds no DELETE on invoices), its documents go
-- with it. Changing a validated invoice stays refused in every case.
create or replace function refuse_change_of_validated_invoice() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT'
                and not exists (select 1 from tenant t where t.id = old.tenant_id and t.status = 'CLOSED') then
            raise exception 'invoice % is validated: it cannot be deleted', old.id using errcode = 'AT409';
        end if;
        return old;
    end if;
    if old.status <> 'DRAFT' and (
            new.kind, new.number, new.party_id, new.currency, new.invoice_date, new.due_date, new.notes,
            new.credited_invoice_id, new.origin_type, new.origin_id, new.net, new.tax, new.gross,
            new.party_code, new.party_name, new.party_tax_id, new.billing_line1, new.billing_line2,
            new.billing_postal_code, new.billing_city, new.billing_region, new.billing_country, new.validated_at)
            is distinct from (
            old.kind, old.number, old.party_id, old.currency, old.invoice_date, old.due_date, old.notes,
            old.credited_invoice_id, old.origin_type, old.origin_id, old.net, old.tax, old.gross,
            old.party_code, old.party_name, old.party_tax_id, old.billing_line1, old.billing_line2,
            old.billing_postal_code, old.billing_city, old.billing_region, old.billing_country, old.validated_at)
    then
        raise exception 'invoice % is validated: what it says cannot change', old.id using errcode = 'AT409';
    end if;
    if old.status <> 'DRAFT' and new.status = 'DRAFT' then
        raise exception 'invoice % is validated: it cannot become a draft again', old.id using errcode = 'AT409';
    end if;
    return new;
end
$$;

create or replace function refuse_change_of_validated_invoice_line() returns trigger language plpgsql as $$
declare
    line_tenant  bigint := case when tg_op = 'DELETE' then old.tenant_id else new.tenant_id end;
    line_invoice bigint := case when tg_op = 'DELETE' then old.invoice_id else new.invoice_id end;
    state        varchar;
begin
    if tg_op = 'DELETE' and exists (select 1 from tenant t where t.id = old.tenant_id and t.status = 'CLOSED') then
        return old;
    end if;
    select status into state from invoice where tenant_id = line_tenant and id = line_invoice;
    if state is distinct from 'DRAFT'
            or (tg_op = 'UPDATE' and (old.invoice_id, old.tenant_id) is distinct from (new.invoice_id, new.tenant_id))
    then
        raise exception 'invoice % is validated: its lines cannot change', line_invoice using errcode = 'AT409';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
