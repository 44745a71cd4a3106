/* RolesBoard widget: <script src="https://HOST/embed.js" data-skill="..." data-coop="..." data-remote="..." data-q="..." data-limit="10"></script>
   Renders matching open roles right after the script tag, inside a shadow root: the host page's CSS cannot
   reach it and its CSS cannot leak out. No dependencies; every value is set as text, never parsed as HTML. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  var data = script.dataset;
  var params = new URLSearchParams();
  (data.skill || '').split(',').forEach(function (s) { if (s.trim()) params.append('skill', s.trim()); });
  ['q', 'coop', 'remote'].forEach(function (k) { if (data[k]) params.set(k, data[k]); });
  params.set('limit', String(Math.min(Math.max(parseInt(data.limit, 10) || 10, 1), 100)));

  var host = document.createElement('div');
  host.className = 'rolesboard-widget';
  script.parentNode.insertBefore(host, script.nextSibling);
  var root = host.attachShadow({ mode: 'open' });
  var style = document.createElement('style');
  // The host element can carry the page's !important rules, which beat :host; 'all:initial' on our own
  // top element cuts every inherited property, so nothing from the page reaches the list.
  style.textContent = ':host{display:block}' +
    'section{all:initial;display:block;font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;border:1px solid #ccc;border-radius:6px;padding:.5em 1em;background:#fff}' +
    'h2{font-size:1.05em;margin:.4em 0}ul{list-style:none;margin:0;padding:0}li{padding:.45em 0;border-top:1px solid #eee}' +
    'a{color:#0645ad}a:focus{outline:3px solid #ffbf47}.meta{color:#555;font-size:.9em}.foot{font-size:.8em;margin:.5em 0 0}';
  var section = el('section', null, { 'aria-label': 'Open roles at co-ops' });
  var heading = el('h2', data.title || 'Open roles at co-ops');
  var status = el('p', 'Loading roles…', { role: 'status' });
  section.append(heading, status);
  root.append(style, section);

  fetch(origin + '/feed.json?' + params, { credentials: 'omit' })
    .then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(t || r.statusText); });
      return r.json();
    })
    .then(function (feed) {
      var items = feed.items || [];
      status.textContent = items.length ? items.length + (items.length === 1 ? ' role' : ' roles') : 'No open roles match right now.';
      var list = el('ul');
      items.forEach(function (item) {
        var job = item._jobposting || {};
        var li = el('li');
        li.append(link(item.url, job.title || item.title), el('div', meta(job), { 'class': 'meta' }));
        list.append(li);
      });
      section.insertBefore(list, status.nextSibling);
      var foot = el('p', null, { 'class': 'foot' });
      foot.append(link(origin + '/roles?' + params, 'More roles on RolesBoard'));
      section.append(foot);
    })
    .catch(function (e) { status.textContent = 'Could not load roles: ' + e.message; });

  function meta(job) {
    var facts = (job.coop && job.coop.facts) || [];
    return [job.coop && job.coop.name, job.location, job.remote && job.remote.toLowerCase()].concat(facts).filter(Boolean).join(' · ');
  }
  function link(href, text) {
    var a = el('a', text, { target: '_blank', rel: 'noopener' });
    if (/^https?:/i.test(href || '')) a.href = href;
    return a;
  }
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text != null) node.textContent = text;
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    return node;
  }
})();
