// Pages work without script. The menu folds behind its button on a phone (a <details>); a wide screen shows it
// unfolded through CSS, and opening the details here keeps it so in a browser that cannot style a details' content.
// Boosted pages swap the body without a new DOMContentLoaded: unfold again after each swap.
function unfoldTheMenuOnWideScreens() {
    var fold = document.getElementById("menu-fold");
    if (fold && window.matchMedia("(min-width: 701px)").matches) {
        fold.open = true;
    }
}
document.addEventListener("DOMContentLoaded", unfoldTheMenuOnWideScreens);
document.addEventListener("htmx:afterSettle", unfoldTheMenuOnWideScreens);

// Sends the CSRF token with htmx requests, which do not post a form's hidden field.
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// htmx swaps nothing when the server fails or cannot be reached, so a click would seem to do nothing: say so
// at the top of the page, with the reference support can find the request by.
function showRequestFailure(text) {
    var main = document.querySelector("main");
    if (!main) {
        return;
    }
    var banner = document.getElementById("request-failure");
    if (!banner) {
        banner = document.createElement("div");
        banner.id = "request-failure";
        banner.className = "refusal";
        banner.setAttribute("role", "alert");
        banner.tabIndex = -1;
        main.insertBefore(banner, main.firstChild);
    }
    banner.textContent = text;
    banner.focus();
}

document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var reference = xhr.getResponseHeader("X-Request-Id");
    var time = new Date().toISOString().replace("T", " ").substring(0, 19) + " UTC";
    // The words come from the page (its language); {0} the status, {1} the time, {2} the reference.
    var words = document.body.getAttribute("data-failed")
        || "This did not work (the server answered {0}). Please try again; if it keeps happening, tell support "
        + "the time ({1}) and the reference {2}.";
    showRequestFailure(words.replace("{0}", xhr.status).replace("{1}", time).replace("{2}", reference || "—"));
});

document.addEventListener("htmx:sendError", function () {
    showRequestFailure(document.body.getAttribute("data-unreachable")
        || "Atrium could not be reached. Check your connection and try again.");
});

// The Setup group is a <details>: it closes when the user clicks elsewhere or presses Escape.
document.addEventListener("click", function (event) {
    document.querySelectorAll("details.menu-group[open]").forEach(function (group) {
        if (!group.contains(event.target)) {
            group.removeAttribute("open");
        }
    });
});
document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
        document.querySelectorAll("details.menu-group[open]").forEach(function (group) {
            group.removeAttribute("open");
        });
    }
});

// A list's select-all box ticks or clears every row box of its form; a select marked data-autosubmit (rows per
// page) sends its form when changed. Without script, the boxes are ticked one by one and the form sent by its button.
document.addEventListener("change", function (event) {
    var target = event.target;
    var name = target.getAttribute("data-select-all");
    if (name && target.form) {
        target.form.querySelectorAll("input[type='checkbox'][name='" + name + "']").forEach(function (box) {
            box.checked = target.checked;
        });
    }
    if (target.hasAttribute("data-autosubmit") && target.form) {
        target.form.requestSubmit();
    }
});

// One way to show a refused form: focus moves to the summary of its errors, so a screen reader reads it first.
document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary") || document.querySelector(".refusal[role=alert]");
    if (summary) {
        if (!summary.hasAttribute("tabindex")) {
            summary.tabIndex = -1;
        }
        summary.focus();
    }
});

// A destructive action asks first: a form with data-confirm posts only once its question is answered yes. In the
// capture phase, so a form htmx boosts is stopped before htmx sends it.
document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form && form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
