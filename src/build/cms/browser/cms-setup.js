/* global window, document */
// Runs in the editor's browser, inside Decap CMS: the preview pane has no server to render a brief,
// and suggestions of existing terms need the page. Styles the preview with the site's stylesheet,
// sets the analysis section apart as the article page does, and registers the term widget.
(function registerDispatchEditing() {
  const { CMS, h } = window;
  const settingsBlock = document.getElementById("dispatch-cms-settings");
  const settings = JSON.parse(settingsBlock ? settingsBlock.textContent : "{}");
  const headings = new Set((settings.analysisHeadings || []).map(normalize));

  function normalize(text) {
    return text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  }

  /** The body in three parts: before the analysis heading, the analysis up to the next level-two heading, after it. */
  function splitAtAnalysis(body) {
    const lines = body.split("\n");
    const start = lines.findIndex((line) => /^##\s/.test(line) && headings.has(normalize(line.replace(/^##\s+/, ""))));
    if (start === -1) return { before: body, analysis: "", after: "" };
    const rest = lines.slice(start + 1).findIndex((line) => /^##\s/.test(line));
    const end = rest === -1 ? lines.length : start + 1 + rest;
    return {
      before: lines.slice(0, start).join("\n"),
      analysis: lines.slice(start, end).join("\n"),
      after: lines.slice(end).join("\n"),
    };
  }

  /** Decap's own Markdown preview of `value`, made like the body's (same component, same props). */
  function markdownPreview(bodyElement, value, key) {
    return h(bodyElement.type, { ...bodyElement.props, key, value });
  }

  function BriefPreview({ entry, widgetFor }) {
    const data = entry.get("data");
    const body = widgetFor("body");
    const { before, analysis, after } = splitAtAnalysis(data.get("body") || "");
    const parts = body
      ? [
          markdownPreview(body, before, "before"),
          analysis
            ? h("section", { className: "analysis", key: "analysis" }, markdownPreview(body, analysis, "a"))
            : null,
          after ? markdownPreview(body, after, "after") : null,
        ]
      : [];
    return h(
      "main",
      { className: "wrap" },
      h(
        "article",
        { className: "brief", lang: data.get("lang") || undefined },
        h("header", { className: "brief__header" }, h("h1", { className: "brief__title" }, data.get("title") || "")),
        h("div", { className: "prose brief__body" }, ...parts),
      ),
    );
  }

  /**
   * One term (a tag, a country, a byline) in a text box that suggests the values in use, via
   * the browser's own <datalist>: typed freely, chosen with the arrow keys, read by screen readers.
   */
  function TermControl({ forID, value, onChange, field, classNameWrapper, setActiveStyle, setInactiveStyle }) {
    const listId = `${forID}-suggestions`;
    const terms = (settings.terms || {})[field.get("name")] || [];
    return h(
      "div",
      null,
      h("input", {
        id: forID,
        type: "text",
        list: listId,
        autoComplete: "off",
        className: classNameWrapper,
        value: value || "",
        onChange: (event) => onChange(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      }),
      h("datalist", { id: listId }, ...terms.map((term) => h("option", { key: term, value: term }))),
    );
  }

  CMS.registerWidget("dispatch-term", TermControl);
  CMS.registerPreviewStyle("preview.css");
  CMS.registerPreviewTemplate("briefs", BriefPreview);
})();
