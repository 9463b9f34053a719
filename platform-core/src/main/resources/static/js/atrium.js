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
    showRequestFailure("This did not work (the server answered " + xhr.status + "). Please try again; if it "
        + "keeps happening, tell support the time (" + time + ")"
        + (reference ? " and the reference " + reference : "") + ".");
});

document.addEventListener("htmx:sendError", function () {
    showRequestFailure("Atrium could not be reached. Check your connection and try again.");
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
