/* Quizzes (overrides/quiz.html): score the answers in the browser.

   Without this file the page is a readable list whose answers open with <details>. With it,
   "Check my answers" marks every question, opens its answer and explanation, says the score
   in a live region and shows the link to the page of the score band (whose share picture was
   drawn when the site was built). Nothing is sent anywhere and nothing is stored: the
   answers live in the page until it is closed or "Start again" is pressed. */
(function () {
  "use strict";

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  function each(root, selector, action) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), action);
  }

  function setUp(form) {
    var questions = form.querySelectorAll(".quiz__question");
    var score = form.querySelector("[data-quiz-score]");
    var result = form.querySelector(".quiz__result");
    var actions = form.querySelector("[data-quiz-actions]");
    if (!questions.length || !score || !actions) return;

    /* While playing, the answers stay closed and hidden; scoring reveals them. */
    each(document, "[data-quiz-static]", function (note) { note.hidden = true; });
    each(form, "[data-quiz-answer]", function (details) { details.hidden = true; });
    actions.hidden = false;

    function clear() {
      score.textContent = "";
      each(form, "[data-quiz-band]", function (band) { band.hidden = true; });
      Array.prototype.forEach.call(questions, function (question) {
        var verdict = question.querySelector("[data-quiz-verdict]");
        var details = question.querySelector("[data-quiz-answer]");
        var fieldset = question.querySelector("fieldset");
        question.classList.remove("quiz__question--right", "quiz__question--wrong");
        verdict.textContent = "";
        verdict.hidden = true;
        details.open = false;
        details.hidden = true;
        fieldset.removeAttribute("aria-describedby");
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var right = 0;
      Array.prototype.forEach.call(questions, function (question) {
        var chosen = question.querySelector("input[type=radio]:checked");
        var correct = !!chosen && chosen.value === question.getAttribute("data-answer");
        var answer = question.getAttribute("data-answer-text");
        var verdict = question.querySelector("[data-quiz-verdict]");
        var details = question.querySelector("[data-quiz-answer]");
        var fieldset = question.querySelector("fieldset");
        if (correct) right += 1;
        verdict.textContent = correct
          ? form.getAttribute("data-correct")
          : fill(form.getAttribute(chosen ? "data-wrong" : "data-unanswered"), { choice: answer });
        verdict.id = question.id + "-verdict";
        verdict.hidden = false;
        fieldset.setAttribute("aria-describedby", verdict.id);
        question.classList.remove("quiz__question--right", "quiz__question--wrong");
        question.classList.add(correct ? "quiz__question--right" : "quiz__question--wrong");
        details.hidden = false;
        details.open = true;
      });
      score.textContent = fill(form.getAttribute("data-result"), {
        score: String(right),
        total: String(questions.length)
      });
      each(form, "[data-quiz-band]", function (band) {
        var low = Number(band.getAttribute("data-low"));
        var high = Number(band.getAttribute("data-high"));
        band.hidden = !(right >= low && right <= high);
      });
      result.focus();
    });

    form.addEventListener("reset", function () {
      clear();
      /* The browser clears the choices after this event: then back to the first question. */
      window.setTimeout(function () {
        var first = form.querySelector("input[type=radio]");
        if (first) first.focus();
      }, 0);
    });
  }

  each(document, "form[data-quiz]", setUp);
})();
