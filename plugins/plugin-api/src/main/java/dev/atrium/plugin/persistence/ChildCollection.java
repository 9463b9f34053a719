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
 * @param <C> the child entity, mapped by the root as a {@code @OneToMany} with orphan removal
 * @param <R> what describes a child: the request a client sends to add or change one
 */
public final class ChildCollection<C extends TenantScopedEntity, R> {

    private final List<C> children;
    private final String name;
    private final Function<R, C> create;
    private final BiConsumer<C, R> describe;
    private final Consumer<C> afterChange;

    /** {@code name} is what a 404 calls a child ("Contact"). */
    public ChildCollection(List<C> children, String name, Function<R, C> create, BiConsumer<C, R> describe,
            Consumer<C> afterChange) {
        this.children = children;
        this.name = name;
        this.create = create;
        this.describe = describe;
        this.afterChange = afterChange;
    }

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
