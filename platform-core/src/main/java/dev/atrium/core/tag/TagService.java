package dev.atrium.core.tag;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.history.FieldChange;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.tag.TagRef;
import dev.atrium.plugin.tag.Tags;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's tags and which records carry them. Tags are entities (under {@code @TenantId} and RLS); the
 * assignments are rows of {@code tag_assignment} read and written here by SQL that names the tenant, so a
 * record's tags and a list's filter each take one indexed look-up.
 */
@Service
class TagService implements Tags {

    static final String SETUP_TAGS = "hasAuthority('" + CorePermissions.SETUP_TAGS + "')";

    /** How a record's tags are labelled on its timeline: a message key, shown in the reader's language. */
    static final String HISTORY_FIELD = "tag.field.tags";

    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Comparator<TagRef> BY_NAME = Comparator.comparing(TagRef::name, String.CASE_INSENSITIVE_ORDER);

    private final EntityManager entityManager;
    private final CurrentTenant tenant;
    private final RecordHistory history;

    TagService(EntityManager entityManager, CurrentTenant tenant, RecordHistory history) {
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.history = history;
    }

    @Transactional(readOnly = true)
    List<TagView> list() {
        Map<Long, Long> uses = new HashMap<>();
        for (Object[] row : rows(entityManager.createNativeQuery("""
                        select tag_id, count(*) from tag_assignment where tenant_id = ?1 group by tag_id""")
                .setParameter(1, tenant.id()).getResultList())) {
            uses.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return tags().stream()
                .map(tag -> new TagView(tag.getId(), tag.name(), tag.colour(), tag.getVersion(),
                        uses.getOrDefault(tag.getId(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    TagView get(long id) {
        return list().stream().filter(view -> view.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Tag", id));
    }

    @Transactional
    TagView create(TagRequest request) {
        requireValid(request, null);
        TenantTag tag = new TenantTag(request);
        entityManager.persist(tag);
        entityManager.flush();
        return new TagView(tag.getId(), tag.name(), tag.colour(), tag.getVersion(), 0);
    }

    @Transactional
    TagView change(long id, TagRequest request) {
        TenantTag tag = find(id);
        requireValid(request, id);
        if (tag.getVersion() != request.version()) {
            throw new ObjectOptimisticLockingFailureException(TenantTag.class, id);
        }
        tag.change(request);
        entityManager.flush();
        return get(id);
    }

    /** Off every record that carried it (the assignments go with it); the records' timelines keep its name. */
    @Transactional
    void delete(long id) {
        entityManager.remove(find(id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TagRef> all() {
        return tags().stream().map(TenantTag::ref).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TagRef> of(String recordType, long recordId) {
        return of(recordType, List.of(recordId)).getOrDefault(recordId, List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<TagRef>> of(String recordType, Collection<Long> recordIds) {
        requireRecordType(recordType);
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<TagRef>> tags = new LinkedHashMap<>();
        for (Object[] row : rows(entityManager.createNativeQuery("""
                        select a.record_id, t.id, t.name, t.colour from tag_assignment a
                        join tag t on t.tenant_id = a.tenant_id and t.id = a.tag_id
                        where a.tenant_id = ?1 and a.record_type = ?2 and a.record_id = any(?3)
                        order by lower(t.name)""")
                .setParameter(1, tenant.id()).setParameter(2, recordType)
                .setParameter(3, recordIds.stream().mapToLong(Long::longValue).toArray()).getResultList())) {
            tags.computeIfAbsent(((Number) row[0]).longValue(), record -> new ArrayList<>())
                    .add(new TagRef(((Number) row[1]).longValue(), (String) row[2], (String) row[3]));
        }
        return tags;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TagRef> set(String recordType, long recordId, Collection<Long> tagIds) {
        requireRecordType(recordType);
        Set<Long> wanted = new LinkedHashSet<>(tagIds);
        if (wanted.contains(null)) {
            throw ProblemException.invalidField("tagIds", "must not hold an empty id");
        }
        if (wanted.size() > MAX_PER_RECORD) {
            throw ProblemException.invalidField("tagIds", "must hold at most " + MAX_PER_RECORD + " tags");
        }
        List<TagRef> chosen = wanted.isEmpty() ? List.of() : entityManager.createQuery(
                        "select t from TenantTag t where t.id in :ids", TenantTag.class)
                .setParameter("ids", wanted).getResultList().stream().map(TenantTag::ref).sorted(BY_NAME).toList();
        if (chosen.size() != wanted.size()) {
            Set<Long> known = chosen.stream().map(TagRef::id).collect(Collectors.toSet());
            // Another tenant's tag is named exactly like one that never existed.
            String unknown = wanted.stream().filter(id -> !known.contains(id)).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            throw ProblemException.invalidField("tagIds", "holds ids that are not tags: " + unknown);
        }
        List<TagRef> before = of(recordType, recordId);
        entityManager.createNativeQuery("""
                        delete from tag_assignment where tenant_id = ?1 and record_type = ?2 and record_id = ?3""")
                .setParameter(1, tenant.id()).setParameter(2, recordType).setParameter(3, recordId).executeUpdate();
        for (TagRef tag : chosen) {
            entityManager.createNativeQuery("""
                            insert into tag_assignment (tenant_id, tag_id, record_type, record_id)
                            values (?1, ?2, ?3, ?4)""")
                    .setParameter(1, tenant.id()).setParameter(2, tag.id()).setParameter(3, recordType)
                    .setParameter(4, recordId).executeUpdate();
        }
        String was = names(before);
        String now = names(chosen);
        if (!was.equals(now)) {
            history.changed(recordType, recordId,
                    List.of(new FieldChange(HISTORY_FIELD, was.isEmpty() ? null : was, now.isEmpty() ? null : now)));
        }
        return chosen;
    }

    @Override
    public <E> ListFilter<E> tagged(ListFilter<E> filter, String recordType, long tagId) {
        requireRecordType(recordType);
        // tag_assignment has no id column, so the unqualified id is the listed table's.
        return filter.sql("exists (select 1 from tag_assignment ta where ta.tenant_id = ? and ta.record_type = ?"
                + " and ta.tag_id = ? and ta.record_id = id)", ListFilter.TENANT, recordType, tagId);
    }

    private List<TenantTag> tags() {
        return entityManager.createQuery("select t from TenantTag t order by lower(t.name)", TenantTag.class)
                .getResultList();
    }

    private TenantTag find(long id) {
        TenantTag tag = entityManager.find(TenantTag.class, id);
        if (tag == null) {
            throw new NotFoundException("Tag", id);
        }
        return tag;
    }

    /** Every bad field at once, the name taken by another tag among them, as one 400; nothing is written. */
    private void requireValid(TagRequest request, Long id) {
        List<FieldError> errors = new ArrayList<>(request.errors(id != null));
        if (errors.stream().noneMatch(error -> error.field().equals("name"))) {
            boolean taken = entityManager.createQuery(
                            "select t.id from TenantTag t where lower(t.name) = lower(:name)", Long.class)
                    .setParameter("name", request.name().strip()).getResultList().stream()
                    .anyMatch(other -> !other.equals(id));
            if (taken) {
                errors.addFirst(new FieldError("name", "is already the name of a tag"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static String names(List<TagRef> tags) {
        return tags.stream().map(TagRef::name).collect(Collectors.joining(", "));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static void requireRecordType(String recordType) {
        if (recordType == null || !RECORD_TYPE.matcher(recordType).matches()) {
            throw new IllegalArgumentException("A record type is lower-case letters, digits and dashes, at most 40: "
                    + recordType);
        }
    }
}
