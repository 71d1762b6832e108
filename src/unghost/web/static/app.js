// unghost: drag cards between board columns (the Move menu on each card is the keyboard way),
// confirm destructive buttons, and live-preview a draft. No inline script: the CSP forbids it.
(function () {
  "use strict";
  function csrf() {
    var headers = document.body.getAttribute("hx-headers");
    try { return JSON.parse(headers)["X-CSRF-Token"]; } catch (e) { return ""; }
  }
  var dragged = null;
  document.addEventListener("dragstart", function (ev) {
    var card = ev.target.closest && ev.target.closest(".bcard");
    if (!card) return;
    dragged = card;
    card.classList.add("dragging");
    ev.dataTransfer.effectAllowed = "move";
    ev.dataTransfer.setData("text/plain", card.dataset.ref);
  });
  document.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("dragging");
    dragged = null;
    document.querySelectorAll(".column.over").forEach(function (c) { c.classList.remove("over"); });
  });
  document.addEventListener("dragover", function (ev) {
    var column = ev.target.closest && ev.target.closest(".column");
    if (!column) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = "move";
    column.classList.add("over");
  });
  document.addEventListener("dragleave", function (ev) {
    var column = ev.target.closest && ev.target.closest(".column");
    if (column && !column.contains(ev.relatedTarget)) column.classList.remove("over");
  });
  document.addEventListener("drop", function (ev) {
    var column = ev.target.closest && ev.target.closest(".column");
    if (!column) return;
    ev.preventDefault();
    column.classList.remove("over");
    var ref = ev.dataTransfer.getData("text/plain");
    if (!ref || !window.htmx) return;
    var board = document.getElementById("board");
    window.htmx.ajax("POST", (board && board.dataset.moveUrl) || "/board/move", {
      target: "#board", swap: "outerHTML",
      values: { ref: ref, status: column.dataset.status },
      headers: { "X-CSRF-Token": csrf() }
    });
  });
  // After a move the board is new: put focus back on the moved card's menu (keyboard users
  // keep their place) and read the move out through the page's live region.
  document.addEventListener("htmx:afterSettle", function () {
    var board = document.getElementById("board");
    if (!board || !board.dataset.announce) return;
    var moved = board.querySelector(".bcard.moved");
    if (moved) {
      var menu = moved.querySelector("select");
      (menu || moved).focus();
      moved.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    var live = document.getElementById("board-live");
    if (live && board.dataset.announce) live.textContent = board.dataset.announce;
  });
  // A filter bar leaves empty and default fields out of the URL, so a link says just what it
  // filters ("?q=globex&tag=remote"); the server reads a missing field as its default.
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!form.classList || !form.classList.contains("filters")) return;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      var blank = el.type === "checkbox" ? !el.checked : el.value === "" || el.value === el.dataset.default;
      if (blank) el.disabled = true;
    });
    window.setTimeout(function () {
      Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
    }, 0);
  });
  // One click, one action: a second click on a form that is already on its way (a slow
  // posting check, an import) is ignored until the page answers.
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!form.method || form.method.toLowerCase() !== "post" || form.hasAttribute("hx-post")) return;
    if (form.dataset.sending) { ev.preventDefault(); return; }
    form.dataset.sending = "1";
    // a download leaves the page in place: let the form be used again shortly
    window.setTimeout(function () { delete form.dataset.sending; }, 4000);
  });
  // The list's "select all" box ticks every row of its form.
  document.addEventListener("change", function (ev) {
    var form = ev.target.dataset && ev.target.dataset.selectAll;
    if (!form) return;
    document.querySelectorAll("#" + form + " input[name=ref]").forEach(function (box) {
      box.checked = ev.target.checked;
    });
  });
  document.addEventListener("click", function (ev) {
    var button = ev.target.closest && ev.target.closest("[data-confirm]");
    if (button && !window.confirm(button.dataset.confirm)) ev.preventDefault();
  });
  document.addEventListener("input", function (ev) {
    var id = ev.target.dataset && ev.target.dataset.preview;
    if (id) document.getElementById(id).textContent = ev.target.value;
    if (ev.target.id === "subject") {
      var s = document.getElementById("preview-subject");
      if (s) s.textContent = ev.target.value;
    }
  });
})();
