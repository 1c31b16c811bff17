/* Monitor Ekonomii Spolecznej: auto-height for embedded charts, maps and tables.
   Include once on a page that holds the portal's iframes. Each embed page posts
   {type:'mes-embed-height', height, id?} to its parent; this script accepts it only from
   the window of one of this page's iframes, sent from that iframe's own origin, and sets
   that iframe's height. Without it the iframes keep their fixed height. MIT licence. */
(function () {
  'use strict';
  if (window.__mesEmbed) return;
  window.__mesEmbed = 1;
  var MIN = 50;
  var MAX = 20000;
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

  window.addEventListener('message', function (e) {
    if (!valid(e.data)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      if (originOf(f.src) !== e.origin) return;
      f.style.height = Math.ceil(e.data.height) + 'px';
      return;
    }
  });
})();
