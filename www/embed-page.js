// Inside the iframe (embed.html?chart=annual&theme=auto...): turns the query
// string into a <pk-it-exports> element and reports the document's height
// to the parent whenever it changes. It sends nothing but that height.
import './embed.js';

const ALLOWED = ['chart', 'theme', 'height', 'show-title', 'show-source', 'show-controls', 'font', 'cumulative', 'target-reading'];
const params = new URLSearchParams(location.search);
const widget = document.querySelector('pk-it-exports');
for (const name of ALLOWED) {
  if (params.has(name)) widget.setAttribute(name, params.get(name));
}

let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'pk-it-exports:height', height }, '*');
  }
};
new ResizeObserver(report).observe(document.documentElement);
