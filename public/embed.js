/* Monitor Ekonomii Spolecznej: auto-height for embedded charts, maps and tables.
   Include once on a page that holds the portal's iframes. Each embed page posts
   {type:'mes-embed-height', height, id?} to its parent; this script accepts it only from
   the window of one of this page's iframes whose src is on the portal (the origin this
   script was loaded from), sent from that origin, and sets that iframe's height: other
   frames on the page (an advert) cannot resize themselves through it. Without it the
   iframes keep their fixed height. MIT licence. */
(function () {
  'use strict';
  var script = document.currentScript;
  // Only known while the script first runs; without it no frame can be trusted.
  if (!script || !script.src || window.__mesEmbed) return;
  window.__mesEmbed = 1;
  var MIN = 50;
  var MAX = 5000;
  var a = document.createElement('a');

  function valid(d) {
    return !!d && typeof d === 'object' && d.type === 'mes-embed-height' &&
      typeof d.height === 'number' && isFinite(d.height) && d.height >= MIN && d.height <= MAX &&
      (d.id === undefined || (typeof d.id === 'string' && d.id.length <= 100));
  }

  function originOf(url) {
    a.href = url;
    return a.protocol + '//' + a.host;
  }

  var portal = originOf(script.src);

  window.addEventListener('message', function (e) {
    if (e.origin !== portal || !valid(e.data)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      if (originOf(f.src) !== portal) return;
      f.style.height = Math.ceil(e.data.height) + 'px';
      return;
    }
  });
})();
