// Pages work without script; with it, the phone layout folds the main menu behind its Menu button.
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector(".menu-toggle");
    var menu = document.getElementById("main-menu");
    if (toggle && menu) {
        toggle.addEventListener("click", function () {
            var open = menu.classList.toggle("open");
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
        });
    }
});

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
