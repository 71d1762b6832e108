// unghost: copy a draft to the clipboard (subject and body), with a fallback for browsers that
// refuse the Clipboard API on plain http. No inline script: the CSP forbids it.
(function () {
  "use strict";
  function text() {
    var subject = document.getElementById("subject");
    var body = document.getElementById("body");
    return (subject ? subject.value + "\n\n" : "") + (body ? body.value : "");
  }
  function fallback(value) {
    var area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  document.addEventListener("click", function (ev) {
    var button = ev.target.closest && ev.target.closest("[data-copy]");
    if (!button) return;
    var value = text();
    var status = document.getElementById("copy-status");
    function done() {
      button.textContent = button.dataset.copied;
      if (status) status.textContent = button.dataset.copied;
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(value).then(done, function () { if (fallback(value)) done(); });
    } else if (fallback(value)) {
      done();
    }
  });
})();
