/* Site search in the page language, online and from file:// (a kiosk or USB stick).

   The index of the page's language (search/index.<lang>.js, written by the build) is a
   script that stores its pages in window.campaignSearchIndex. It is added with a <script>
   tag the first time the visitor opens search: file:// pages may not use fetch, XHR or web
   workers, but may load scripts.

   Matching folds Vietnamese accents and "đ" ("ha noi", "HA NOI" and "Hà Nội" match the same
   words, in NFC or NFD), and ranks pages that match what was typed, accents included, first.
   Words are Vietnamese syllables, so words typed next to each other score more when they
   are next to each other in the page ("Hà Nội" rather than "hạ tầng … nơi"). */
(function () {
  "use strict";

  const WORD = /[\p{L}\p{M}\p{N}]+/gu;
  const MARKS = /[\u0300-\u036f]/g;
  /* Tone marks (grave, acute, tilde, hook above, dot below). Spellings differ in where they
     put them ("hoà" / "hòa"), so exact comparison looks at which tone, not where. */
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const FIELD_WEIGHTS = [10, 4, 1]; /* title, headings, text */
  const PREFIX_WEIGHT = 0.5; /* "ha no" while typing: "no" may become "nội" */
  const MAX_EXPANSIONS = 100;
  const PHRASE_WEIGHT = 1.5;
  const PAGE_SIZE = 20;
  const SNIPPET_WORDS = 24;

  function fold(word) {
    return word.toLowerCase().normalize("NFKD").replace(MARKS, "").replace(/đ/g, "d");
  }

  function exactParts(word) {
    const decomposed = word.toLowerCase().normalize("NFD");
    return {
      base: decomposed.replace(TONES, ""),
      tone: (decomposed.match(TONES) || []).join("")
    };
  }

  function words(text) {
    return text ? text.normalize("NFC").match(WORD) || [] : [];
  }

  /* ── index ─────────────────────────────────────────────────────────────────────── */

  function buildIndex(data) {
    const index = {
      pages: data.pages.map(row => ({
        url: row[0], title: row[1], thumbnail: row[2], headings: row[3], text: row[4]
      })),
      terms: new Map(), /* folded word -> {df, hits: [page, field, position, exactId, …]} */
      exact: [], /* exactId -> {base, tone} */
      lengths: [[], [], []],
      averages: [1, 1, 1],
      vocabulary: null /* sorted folded words, made on the first prefix query */
    };
    /* Word as written -> {term, exactId}: most words recur, so each is folded once. */
    const seen = new Map();
    index.pages.forEach((page, pageId) => {
      [page.title, page.headings, page.text].forEach((value, field) => {
        const list = words(value);
        index.lengths[field][pageId] = list.length;
        for (let position = 0; position < list.length; position++) {
          let known = seen.get(list[position]);
          if (!known) {
            known = { term: termFor(index, fold(list[position])), exactId: index.exact.length };
            index.exact.push(exactParts(list[position]));
            seen.set(list[position], known);
          }
          const term = known.term;
          if (term.last !== pageId) {
            term.df++;
            term.last = pageId;
          }
          term.hits.push(pageId, field, position, known.exactId);
        }
      });
    });
    index.averages = index.lengths.map(list =>
      Math.max(1, list.reduce((sum, n) => sum + n, 0) / Math.max(1, list.length)));
    return index;
  }

  function termFor(index, folded) {
    let term = index.terms.get(folded);
    if (!term) {
      term = { df: 0, last: -1, hits: [] };
      index.terms.set(folded, term);
    }
    return term;
  }

  function prefixMatches(index, prefix) {
    if (!index.vocabulary) index.vocabulary = Array.from(index.terms.keys()).sort();
    const vocabulary = index.vocabulary;
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (vocabulary[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    const found = [];
    for (let i = low; i < vocabulary.length && vocabulary[i].startsWith(prefix); i++) {
      if (vocabulary[i] !== prefix) found.push(vocabulary[i]);
    }
    /* The most common completions are the likeliest to be meant. */
    return found
      .sort((a, b) => index.terms.get(b).df - index.terms.get(a).df)
      .slice(0, MAX_EXPANSIONS);
  }

  /* ── query ─────────────────────────────────────────────────────────────────────── */

  function parseQuery(query) {
    const text = query.normalize("NFC");
    const list = words(text);
    /* The last word is still being typed unless a space or punctuation follows it. */
    const typing = /[\p{L}\p{M}\p{N}]$/u.test(text);
    return list.map((word, i) => {
      const folded = fold(word);
      return {
        folded: folded,
        accented: folded !== word.toLowerCase(),
        exact: exactParts(word),
        prefix: typing && i === list.length - 1
      };
    });
  }

  function isExact(term, parts, complete) {
    if (complete) return parts.base === term.exact.base && parts.tone === term.exact.tone;
    return parts.base.startsWith(term.exact.base) &&
      (term.exact.tone === "" || term.exact.tone === parts.tone);
  }

  function saturate(frequency, length, average) {
    const k1 = 1.2;
    const b = 0.75;
    return frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / average));
  }

  function stateFor(found, page, terms) {
    let state = found.get(page);
    if (!state) {
      state = {
        page: page,
        frequency: terms.map(() => [0, 0, 0]),
        idf: terms.map(() => 0),
        positions: terms.map(() => []),
        exact: terms.map(() => false)
      };
      found.set(page, state);
    }
    return state;
  }

  function inverseFrequency(index, entry) {
    const pages = index.pages.length;
    return Math.log(1 + (pages - entry.df + 0.5) / (entry.df + 0.5));
  }

  function collect(index, terms) {
    const found = new Map(); /* pageId -> state */
    terms.forEach((term, t) => {
      const candidates = [];
      if (index.terms.has(term.folded)) candidates.push([term.folded, 1]);
      if (term.prefix) {
        prefixMatches(index, term.folded).forEach(word => candidates.push([word, PREFIX_WEIGHT]));
      }
      candidates.forEach(([word, weight]) => {
        const entry = index.terms.get(word);
        const idf = inverseFrequency(index, entry) * weight;
        const complete = word === term.folded;
        const hits = entry.hits;
        for (let h = 0; h < hits.length; h += 4) {
          const state = stateFor(found, hits[h], terms);
          state.frequency[t][hits[h + 1]] += weight;
          state.idf[t] = Math.max(state.idf[t], idf);
          state.positions[t].push(hits[h + 1] * 1e7 + hits[h + 2]);
          if (term.accented && !state.exact[t] && isExact(term, index.exact[hits[h + 3]], complete)) {
            state.exact[t] = true;
          }
        }
      });
    });
    collectJoined(index, terms, found);
    return found;
  }

  /* English pages write Vietnamese places as one word: "ha noi" also finds "Hanoi",
     "da nang" "Danang". A joined word counts for both query words, side by side. */
  function collectJoined(index, terms, found) {
    for (let t = 0; t + 1 < terms.length; t++) {
      const entry = index.terms.get(terms[t].folded + terms[t + 1].folded);
      if (!entry) continue;
      const idf = inverseFrequency(index, entry);
      for (let h = 0; h < entry.hits.length; h += 4) {
        const state = stateFor(found, entry.hits[h], terms);
        /* Positions of their own (past any real one), so the pair reads as a phrase. */
        const code = entry.hits[h + 1] * 1e7 + 5e6 + entry.hits[h + 2] * 2;
        [t, t + 1].forEach((u, offset) => {
          state.frequency[u][entry.hits[h + 1]] += 1;
          state.idf[u] = Math.max(state.idf[u], idf);
          state.positions[u].push(code + offset);
        });
      }
    }
  }

  function phraseBonus(state) {
    let bonus = 0;
    for (let t = 0; t + 1 < state.positions.length; t++) {
      const next = new Set(state.positions[t + 1]);
      let best = 0;
      state.positions[t].forEach(code => {
        if (next.has(code + 1)) best = Math.max(best, FIELD_WEIGHTS[Math.floor(code / 1e7)]);
      });
      bonus += best * PHRASE_WEIGHT * (state.idf[t] + state.idf[t + 1]);
    }
    return bonus;
  }

  function rank(index, state) {
    let score = 0;
    let matched = 0;
    state.frequency.forEach((fields, t) => {
      if (!state.idf[t]) return;
      matched++;
      fields.forEach((frequency, field) => {
        if (!frequency) return;
        const length = index.lengths[field][state.page];
        score += state.idf[t] * FIELD_WEIGHTS[field] *
          saturate(frequency, length, index.averages[field]);
      });
    });
    return {
      page: index.pages[state.page],
      matched: matched,
      exact: state.exact.filter(Boolean).length,
      score: score + phraseBonus(state)
    };
  }

  /* Pages matching every word; if none does, pages matching the most words. Pages whose
     words carry the accents that were typed come first, then the best scores. */
  function search(index, query) {
    const terms = parseQuery(query);
    if (!terms.length) return [];
    const ranked = Array.from(collect(index, terms).values(), state => rank(index, state));
    const all = ranked.filter(result => result.matched === terms.length);
    const results = all.length ? all : ranked;
    results.sort((a, b) =>
      b.matched - a.matched || b.exact - a.exact || b.score - a.score ||
      a.page.title.localeCompare(b.page.title));
    results.terms = terms;
    return results;
  }

  /* ── display ───────────────────────────────────────────────────────────────────── */

  function matchesTerm(word, terms) {
    const folded = fold(word);
    return terms.some(term => folded === term.folded ||
      (term.prefix && folded.startsWith(term.folded)));
  }

  /* Text with the query's words marked, as DOM nodes (never HTML: captions may contain "<"). */
  function marked(text, terms, from, to) {
    const fragment = document.createDocumentFragment();
    let last = from;
    WORD.lastIndex = from;
    let match;
    while ((match = WORD.exec(text)) && match.index < to) {
      if (!matchesTerm(match[0], terms)) continue;
      fragment.append(text.slice(last, match.index));
      const mark = document.createElement("mark");
      mark.textContent = match[0];
      fragment.append(mark);
      last = match.index + match[0].length;
    }
    fragment.append(text.slice(last, to));
    return fragment;
  }

  /* The stretch of the page's text with the most of the query's words. */
  function snippet(text, terms) {
    const spans = [];
    const hits = [];
    let match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text))) {
      spans.push([match.index, match.index + match[0].length]);
      hits.push(matchesTerm(match[0], terms) ? 1 : 0);
    }
    if (!spans.length) return null;
    let best = 0;
    let bestCount = -1;
    let count = 0;
    for (let i = 0; i < spans.length; i++) {
      count += hits[i] - (i >= SNIPPET_WORDS ? hits[i - SNIPPET_WORDS] : 0);
      if (count > bestCount) {
        bestCount = count;
        best = Math.max(0, i - SNIPPET_WORDS + 1);
      }
    }
    const first = Math.max(0, best - 3);
    const last = Math.min(spans.length - 1, first + SNIPPET_WORDS + 3);
    const from = first === 0 ? 0 : spans[first][0];
    const to = last === spans.length - 1 ? text.length : spans[last][1];
    const fragment = document.createDocumentFragment();
    if (from > 0) fragment.append("… ");
    fragment.append(marked(text, terms, from, to));
    if (to < text.length) fragment.append(" …");
    return fragment;
  }

  function element(tag, className) {
    const node = document.createElement(tag);
    node.className = className;
    return node;
  }

  function resultItem(result, terms, resolve) {
    const page = result.page;
    const item = element("li", "md-search-result__item campaign-search__item");
    const link = element("a", "md-search-result__link campaign-search__link");
    link.href = resolve(page.url);
    const article = element("article", "md-search-result__article campaign-search__article");
    if (page.thumbnail) {
      const image = element("img", "campaign-search__thumb");
      image.src = resolve(page.thumbnail, true);
      image.alt = "";
      image.loading = "lazy";
      image.decoding = "async";
      article.append(image);
    } else {
      article.append(element("span", "campaign-search__thumb campaign-search__thumb--none"));
    }
    const body = element("div", "campaign-search__body");
    const title = element("h2", "campaign-search__title");
    title.append(marked(page.title, terms, 0, page.title.length));
    body.append(title);
    const text = snippet(page.text, terms) ||
      (page.headings ? marked(page.headings, terms, 0, page.headings.length) : null);
    if (text) {
      const paragraph = element("p", "campaign-search__snippet");
      paragraph.append(text);
      body.append(paragraph);
    }
    article.append(body);
    link.append(article);
    item.append(link);
    return item;
  }

  /* ── loading ───────────────────────────────────────────────────────────────────── */

  const loads = {}; /* lang -> Promise of the built index */

  function loadIndex(lang, source) {
    if (!loads[lang]) {
      loads[lang] = new Promise((resolve, reject) => {
        const stored = () => (window.campaignSearchIndex || {})[lang];
        if (stored()) return resolve(buildIndex(stored()));
        const script = document.createElement("script");
        script.src = source;
        script.async = true;
        script.onload = () => stored() ? resolve(buildIndex(stored())) : reject(new Error(source));
        script.onerror = () => reject(new Error(source));
        document.head.append(script);
      });
      loads[lang].catch(() => { delete loads[lang]; }); /* a later try may succeed */
    }
    return loads[lang];
  }

  function resolver(indexSource) {
    /* Page addresses in the index are relative to the site root, two levels above it. */
    const root = new URL("../", new URL(indexSource, location.href));
    return (path, isFile) => {
      const href = new URL(path, root).href;
      /* From the disk, a folder address does not open its index.html by itself. */
      return !isFile && location.protocol === "file:" && href.endsWith("/")
        ? href + "index.html"
        : href;
    };
  }

  /* ── the search box ────────────────────────────────────────────────────────────── */

  function setUp(box) {
    const strings = JSON.parse(box.dataset.strings);
    const toggle = document.getElementById("__search");
    const input = box.querySelector(".md-search__input");
    const form = box.querySelector("form");
    const status = box.querySelector(".campaign-search__status");
    const list = box.querySelector(".md-search-result__list");
    const more = box.querySelector(".campaign-search__more");
    const opener = document.querySelector(".campaign-search__open");
    const closer = box.querySelector(".campaign-search__close");
    const resolve = resolver(box.dataset.index);
    let index = null;
    let failed = false;
    let results = [];
    let shown = 0;

    function setOpen(value) {
      /* Material's checkbox drives the look (overlay, width) and locks scrolling on phones;
         a click fires the change event Material listens to. */
      if (toggle && toggle.checked !== value) toggle.click();
    }

    function ensureIndex() {
      if (index) return;
      loadIndex(box.dataset.lang, box.dataset.index).then(built => {
        index = built;
        failed = false;
        update();
      }, () => {
        failed = true;
        update();
      });
    }

    function countText(n) {
      if (n === 0) return strings.none;
      return n === 1 ? strings.one : strings.other.replace("#", String(n));
    }

    function showMore() {
      const fragment = document.createDocumentFragment();
      results.slice(shown, shown + PAGE_SIZE).forEach(result => {
        fragment.append(resultItem(result, results.terms, resolve));
      });
      list.append(fragment);
      shown = Math.min(results.length, shown + PAGE_SIZE);
      more.hidden = shown >= results.length;
    }

    function update() {
      const query = input.value;
      list.replaceChildren();
      more.hidden = true;
      results = [];
      shown = 0;
      if (!query.trim()) {
        status.textContent = strings.hint;
        return;
      }
      if (!index) {
        status.textContent = failed ? strings.error : strings.loading;
        if (!failed) ensureIndex();
        return;
      }
      results = search(index, query);
      status.textContent = countText(results.length);
      showMore();
    }

    function links() {
      return Array.from(list.querySelectorAll("a"));
    }

    function onKey(event) {
      const all = [input].concat(links());
      const position = all.indexOf(document.activeElement);
      if (event.key === "Escape") {
        event.preventDefault();
        setOpen(false);
        if (opener && opener.offsetParent) opener.focus();
        else input.blur();
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (position < 0 || all.length < 2) return;
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        all[(position + step + all.length) % all.length].focus();
      }
    }

    input.addEventListener("focus", () => {
      setOpen(true);
      ensureIndex();
    });
    input.addEventListener("input", update);
    form.addEventListener("submit", event => {
      /* Enter: on to the results (and a phone's keyboard closes). */
      event.preventDefault();
      const first = links()[0];
      if (first) first.focus();
    });
    form.addEventListener("reset", () => setTimeout(() => {
      update();
      input.focus();
    }));
    more.addEventListener("click", () => {
      const next = shown;
      showMore();
      const link = links()[next];
      if (link) link.focus();
    });
    box.addEventListener("keydown", onKey);
    if (opener) {
      opener.addEventListener("click", () => {
        setOpen(true);
        input.focus();
      });
    }
    if (closer) {
      closer.addEventListener("click", () => {
        setOpen(false);
        if (opener) opener.focus();
      });
    }
    if (toggle) {
      toggle.addEventListener("change", () => {
        if (opener) opener.setAttribute("aria-expanded", String(toggle.checked));
        if (toggle.checked) ensureIndex();
        else if (box.contains(document.activeElement)) document.activeElement.blur();
      });
    }
    document.addEventListener("keydown", event => {
      /* "/" or "s" opens search, unless the visitor is typing somewhere. */
      if (event.ctrlKey || event.metaKey || event.altKey || (event.key !== "/" && event.key !== "s")) return;
      const target = event.target;
      if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      event.preventDefault();
      setOpen(true);
      input.focus();
      input.select();
    });
  }

  /* For tests and the benchmark (scripts/bench_search.py): the ranking without the box. */
  window.campaignSearch = {
    load: function () {
      const box = document.querySelector("[data-campaign-search]");
      return loadIndex(box.dataset.lang, box.dataset.index);
    },
    search: function (query, limit) {
      const box = document.querySelector("[data-campaign-search]");
      const resolve = resolver(box.dataset.index);
      return this.load().then(index => search(index, query).slice(0, limit || 10).map(result => ({
        url: result.page.url,
        href: resolve(result.page.url),
        title: result.page.title,
        thumbnail: result.page.thumbnail
      })));
    },
    fold: fold
  };

  function start() {
    document.querySelectorAll("[data-campaign-search]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
