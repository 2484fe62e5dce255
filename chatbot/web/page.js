// The chat page's behaviour: ask /api/ask, show each reply with its disclaimer, keep the conversation
// state in this variable only (never in storage or a cookie), so nothing outlives the page.
"use strict";

(() => {
  const form = document.getElementById("ask-form");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const replies = document.getElementById("replies");
  const main = document.getElementById("conversation");
  // The help numbers the crisis replies name, and how to reach each one.
  const HELP = [
    { number: "988", links: [["tel:988", "Call 988"], ["sms:988", "Text 988"]] },
    { number: "911", links: [["tel:911", "Call 911"]] },
    { number: "1-800-222-1222", links: [["tel:+18002221222", "Call Poison Control: 1-800-222-1222"]] },
  ];
  const NUMBERS = /(1-800-222-1222|\b988\b|\b911\b)/g;
  const HREF = { "988": "tel:988", "911": "tel:911", "1-800-222-1222": "tel:+18002221222" };
  let state = null;
  let busy = false;

  function element(name, className, text) {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function saidBy(who) {
    return element("span", "said-by", who + ": ");
  }

  // A paragraph with every help number a tel: link; the rest stays text, so nothing is ever HTML.
  function paragraph(text, className) {
    const p = element("p", className);
    let at = 0;
    for (const match of text.matchAll(NUMBERS)) {
      p.append(text.slice(at, match.index));
      const link = element("a", "", match[0]);
      link.href = HREF[match[0]];
      p.append(link);
      at = match.index + match[0].length;
    }
    p.append(text.slice(at));
    return p;
  }

  function show(article) {
    replies.append(article);
    article.scrollIntoView({ block: "start" });  // a long answer is read from its top
  }

  function showQuestion(text) {
    const article = element("article", "mine");
    article.append(saidBy("You"));
    article.append(element("p", "", text));
    show(article);
  }

  function showProblem(message) {
    const article = element("article", "bot problem");
    article.append(saidBy("Problem"));
    article.append(element("p", "", message));
    show(article);
  }

  // The reply's text as the library wrote it: paragraphs, the numbered suggestions as buttons, and its
  // last paragraph, the disclaimer and the consult prompt, set apart below.
  function showReply(reply) {
    const article = element("article", "bot " + reply.kind);
    article.append(saidBy("Answer"));
    const paragraphs = reply.text.split(/\n{2,}/);
    const footer = paragraphs.pop();
    if (reply.kind === "crisis") {
      article.append(element("h3", "", "Help is available now"));
      const actions = element("ul", "help-now");
      for (const help of HELP) {
        if (!reply.text.includes(help.number)) continue;
        for (const [href, label] of help.links) {
          const item = element("li");
          const link = element("a", "", label);
          link.href = href;
          item.append(link);
          actions.append(item);
        }
      }
      if (actions.childElementCount) article.append(actions);
    }
    const questions = (reply.suggestions || []).map((s) => s.question);
    for (const block of paragraphs) {
      const lines = block.split("\n");
      let list = null;
      let text = [];
      const flush = () => {
        if (text.length) article.append(paragraph(text.join("\n")));
        text = [];
      };
      for (const line of lines) {
        const numbered = /^(\d+)\. (.*)$/.exec(line);
        const number = numbered ? Number(numbered[1]) : 0;
        if (numbered && questions[number - 1] === numbered[2]) {
          flush();
          if (!list) {
            list = element("ol", "suggestions");
            article.append(list);
          }
          const item = element("li");
          const button = element("button", "", number + ". " + numbered[2]);
          button.type = "button";
          button.addEventListener("click", () => ask(String(number), numbered[2]));
          item.append(button);
          list.append(item);
        } else {
          list = null;
          text.push(line);
        }
      }
      flush();
    }
    for (const quote of reply.quotes || []) {
      if (!reply.text.includes(quote)) article.append(element("blockquote", "", quote));
    }
    article.append(paragraph(footer, "reply-disclaimer"));
    show(article);
  }

  async function ask(text, shown) {
    if (busy || !text.trim()) return;
    busy = true;
    send.disabled = true;
    showQuestion(shown || text);
    try {
      const body = state ? { text: text, state: state } : { text: text };
      const response = await fetch("api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        credentials: "omit",
        cache: "no-store",
      });
      const reply = await response.json();
      if (!response.ok) {
        showProblem("That could not be sent (" + (reply.error || response.status) + ").");
      } else {
        state = reply.state;
        showReply(reply);
      }
    } catch (error) {
      showProblem("The server could not be reached. Please try again in a moment.");
    } finally {
      busy = false;
      send.disabled = false;
      input.focus();
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    ask(text);
  });
  main.addEventListener("keydown", (event) => {
    if (event.key === "Escape") input.focus();
  });
  input.focus();
})();
