/* Campaign behaviour on top of Material: lightbox labels in the page language, focus
   returned to the photo after the lightbox closes, and YouTube videos that load only
   when the visitor asks for them. */
(function () {
  "use strict";

  var LABELS = {
    vi: { close: "Đóng", next: "Ảnh sau", prev: "Ảnh trước", dialog: "Xem ảnh phóng to",
          frame: "Video YouTube" },
    en: { close: "Close", next: "Next photo", prev: "Previous photo", dialog: "Enlarged photo",
          frame: "YouTube video" }
  };

  function labels() {
    var lang = (document.documentElement.lang || "vi").slice(0, 2);
    return LABELS[lang] || LABELS.vi;
  }

  function localiseLightbox() {
    var text = labels();
    var box = document.querySelector(".glightbox-container");
    if (!box) return;
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-modal", "true");
    box.setAttribute("aria-label", text.dialog);
    [[".gclose", text.close], [".gnext", text.next], [".gprev", text.prev]].forEach(function (pair) {
      var button = box.querySelector(pair[0]);
      if (button) button.setAttribute("aria-label", pair[1]);
    });
  }

  function setUpLightbox() {
    /* `lightbox` is created by mkdocs-glightbox's script at the end of the page. */
    if (typeof lightbox === "undefined" || !lightbox || lightbox.__campaign) return;
    lightbox.__campaign = true;
    var opener = null;
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a.glightbox");
      if (link) opener = link;
    }, true);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target.matches && event.target.matches("a.glightbox")) {
        opener = event.target;
      }
    }, true);
    lightbox.on("open", function () {
      localiseLightbox();
      var close = document.querySelector(".glightbox-container .gclose");
      if (close) close.focus();
    });
    lightbox.on("slide_changed", localiseLightbox);
    lightbox.on("close", function () {
      var target = opener;
      opener = null;
      if (target) setTimeout(function () { target.focus(); }, 0);
    });
  }

  function setUpYouTube() {
    var boxes = document.querySelectorAll(".exhibit-youtube[data-youtube-id]");
    Array.prototype.forEach.call(boxes, function (box) {
      var button = box.querySelector(".exhibit-youtube__play");
      if (!button || button.__campaign) return;
      button.__campaign = true;
      button.addEventListener("click", function () {
        var frame = document.createElement("iframe");
        frame.src = "https://www.youtube-nocookie.com/embed/" +
          encodeURIComponent(box.getAttribute("data-youtube-id")) + "?autoplay=1";
        frame.title = box.getAttribute("data-title") || labels().frame;
        frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
        frame.allowFullscreen = true;
        frame.className = "exhibit-youtube__frame";
        box.replaceChildren(frame);
        frame.focus();
      });
    });
  }

  function closeRestoredSwitches() {
    /* Material's menu and search open with checkboxes; a browser that restores form fields
       after a reload would show them open (see scripts/kit/html_fixes.py). A click, not
       `checked = false`, so that Material hears the change. */
    var open = document.querySelectorAll("input.md-toggle[data-md-toggle]:checked");
    Array.prototype.forEach.call(open, function (toggle) { toggle.click(); });
  }

  function start() {
    closeRestoredSwitches();
    setUpLightbox();
    setUpYouTube();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
