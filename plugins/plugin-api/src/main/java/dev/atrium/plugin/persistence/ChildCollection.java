package dev.atrium.plugin.persistence;

import dev.atrium.plugin.problem.NotFoundException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One collection of an aggregate's children (a party's contacts, a contract's lines) as the aggregate root hands
 * it out to be changed. A child is looked for among these children alone, so another aggregate's child, even of
 * the same tenant and of the same kind, is a 404; every add and change goes through the root's own rule
 * ({@code afterChange}), and the root decides whether it may be changed at all before handing the collection out.
 *
 * <pre>{@code
 * ChildCollection<ContractLine, LineRequest> lines() {
 *     requireDraft();
 *     return new ChildCollection<>(lines, "Contract line", ContractLine::new, ContractLine::describe,
 *             line -> requireWithinBlock());
 * }
 * }</pre>
 *
 * @param children the root's own collection, mapped as a {@code @OneToMany} with orphan removal
 * @param name what a 404 calls a child ("Contact")
 * @param create a new child from what describes it
 * @param describe a child changed to what describes it
 * @param afterChange the root's rule, run on each child added or changed
 * @param <C> the child entity
 * @param <R> what describes a child: the request a client sends to add or change one
 */
public record ChildCollection<C extends TenantScopedEntity, R>(List<C> children, String name, Function<R, C> create,
        BiConsumer<C, R> describe, Consumer<C> afterChange) {

    public C add(R details) {
        C child = create.apply(details);
        children.add(child);
        afterChange.accept(child);
        return child;
    }

    public C change(long id, R details) {
        C child = find(id);
        describe.accept(child, details);
        afterChange.accept(child);
        return child;
    }

    public void remove(long id) {
        children.remove(find(id));
    }

    /** The child with {@code id} among these; a {@link NotFoundException} when it is not one of them. */
    public C find(long id) {
        return children.stream().filter(child -> Long.valueOf(id).equals(child.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException(name, id));
    }
}
