// Progressive enhancement for search; every page works without it.
// - "/" focuses the search box from anywhere; Esc in a search box clears it.
// - On /search, results follow the typing: debounced fetches of the same page, stale answers dropped,
//   the address bar kept in step with history.replaceState.
(function () {
  "use strict";

  var DEBOUNCE_MS = 200;

  function searchBox() {
    return document.querySelector("#q") || document.querySelector("#site-search");
  }

  function isTyping(target) {
    if (!target || !target.tagName) { return false; }
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      var box = searchBox();
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    }
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Escape" && target && target.matches && target.matches("input[type=search]") && target.value !== "") {
      event.preventDefault();
      target.value = "";
      target.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });

  var form = document.querySelector("form[data-live-search]");
  var region = document.querySelector("#search-results");
  if (!form || !region || !window.fetch || !window.DOMParser || !window.history.replaceState) { return; }

  var timer = 0;
  var latest = 0;
  var controller = null;

  function urlFor() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (key === "sort" && value === "relevance") { return; }
      if (value !== "") { params.append(key, value); }
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function update() {
    var url = urlFor();
    var ticket = ++latest;
    if (controller) { controller.abort(); }
    controller = window.AbortController ? new AbortController() : null;
    region.setAttribute("aria-busy", "true");
    fetch(url, { headers: { "Accept": "text/html" }, signal: controller ? controller.signal : undefined })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (ticket !== latest) { return; } // a newer search is under way: drop this answer
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("#search-results");
        if (!fresh) { return; }
        region.replaceChildren.apply(region, Array.prototype.slice.call(fresh.childNodes));
        document.title = page.title;
        window.history.replaceState(null, "", url);
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") { return; }
        // Network trouble: leave the current results; submitting the form still works.
      })
      .finally(function () {
        if (ticket === latest) { region.removeAttribute("aria-busy"); }
      });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, DEBOUNCE_MS);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();
