package dev.atrium.plugin.list;

import java.util.Collection;
import java.util.List;

/**
 * Which of a list's {@linkplain ChoosableColumns columns} the signed-in user chose to see, remembered for them
 * (across sessions and devices) until they choose again or reset. Each user of a tenant has their own choice;
 * another tenant's users never see or change it. The host implements it; a module injects it into its beans
 * like {@code Parties}, and offers the choice on its list page (a form posting the ticked columns) and, if it
 * likes, in its API. The host's own lists are also chosen through {@code GET/PUT /api/v1/me/list-columns/{list}}.
 *
 * <pre>{@code
 * @GetMapping
 * String list(@Valid ContractSearch search, Model model) {
 *     model.addAttribute("columns", columns.shown(CONTRACT_COLUMNS));      // the defaults until the user chooses
 *     model.addAttribute("choosable", CONTRACT_COLUMNS.available());
 *     ...
 * }
 *
 * @PostMapping("/columns")
 * String chooseColumns(@RequestParam(required = false) List<String> columns, @RequestParam String action) {
 *     if (action.equals("reset")) {
 *         this.columns.reset(CONTRACT_COLUMNS);
 *     } else {
 *         this.columns.choose(CONTRACT_COLUMNS, columns == null ? List.of() : columns); // 400 for an unknown one
 *     }
 *     return "redirect:/t/" + slug + "/contracts";
 * }
 * }</pre>
 *
 * <p>Every method needs a signed-in user ({@link IllegalStateException} otherwise, as in a job) and the tenant
 * bound; each runs in its own transaction, or joins the caller's.
 */
public interface ListColumns {

    /**
     * The user's columns of {@code list}, in the list's order, with those always shown: what they chose, else the
     * defaults. A column they chose that the list no longer offers is left out.
     */
    List<String> shown(ChoosableColumns list);

    /** True when the user chose this list's columns (and has not reset them since). */
    boolean chosen(ChoosableColumns list);

    /**
     * Remembers {@code columns} (duplicates ignored, in any order) as the user's choice for {@code list}.
     *
     * @return the columns now shown, as {@link #shown} answers
     * @throws dev.atrium.plugin.problem.ProblemException a 400 naming {@code columns} when one is not the list's;
     *         nothing is saved then
     */
    List<String> choose(ChoosableColumns list, Collection<String> columns);

    /** Forgets the user's choice for {@code list}; returns its defaults. */
    List<String> reset(ChoosableColumns list);
}
