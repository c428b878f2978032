// Pilote CTG: the register's map (ADR map-geocoding-and-offline-base). Leaflet from a webjar and no tile server: the
// background is drawn from the reference data (the communes around, as named points), then the QPV outlines, the
// territory's communes and the entries, one symbol per type (colour and shape), hollow when the position is approximate
// (the commune's centroid). The legend is an HTML list with the counts; the map is hidden when nothing can be placed.
(function () {
  var container = document.getElementById('carte');
  if (!container || typeof L === 'undefined') return;
  var status = document.getElementById('carte-statut');
  var legend = document.getElementById('carte-legende');
  var legendList = document.getElementById('carte-legende-types');
  var hidden = document.getElementById('carte-masquee');
  var link = container.getAttribute('data-link');
  var labels = {
    open: container.getAttribute('data-open'),
    approximate: container.getAttribute('data-approximate-label'),
    address: container.getAttribute('data-address-label'),
    manual: container.getAttribute('data-manual-label')
  };
  var COLOURS = ['#0b5cad', '#b3261e', '#1e7b34', '#7a3e9d', '#b05a00', '#00727a', '#5c5c5c'];
  var SHAPES = ['circle', 'square', 'triangle', 'diamond'];

  // Leaflet writes a string tooltip as HTML: names typed by users go in as text
  function plain(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  function symbol(index, approximate, size) {
    var colour = COLOURS[index % COLOURS.length];
    var shape = SHAPES[Math.floor(index / COLOURS.length) % SHAPES.length];
    var fill = approximate ? '#ffffff' : colour;
    var stroke = approximate ? colour : '#ffffff';
    var s = size || 14;
    var body;
    if (shape === 'circle') body = '<circle cx="7" cy="7" r="5.5"/>';
    else if (shape === 'square') body = '<rect x="1.5" y="1.5" width="11" height="11"/>';
    else if (shape === 'triangle') body = '<polygon points="7,1 13,13 1,13"/>';
    else body = '<polygon points="7,0.5 13.5,7 7,13.5 0.5,7"/>';
    return '<svg aria-hidden="true" focusable="false" width="' + s + '" height="' + s + '" viewBox="0 0 14 14">'
      + '<g fill="' + fill + '" stroke="' + stroke + '" stroke-width="' + (approximate ? 2 : 1.5) + '">' + body
      + '</g></svg>';
  }

  function say(lines) {
    if (!status) return;
    status.textContent = lines.filter(function (l) { return !!l; }).join(' ');
  }

  function hide(data) {
    container.hidden = true;
    if (legend) legend.hidden = true;
    if (hidden) {
      hidden.textContent = data.hiddenText;
      hidden.hidden = false;
    }
    container.setAttribute('data-points', '0');
    container.classList.add('map-ready', 'map-hidden');
  }

  fetch(container.getAttribute('data-source'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      container.setAttribute('data-total', String(data.total));
      container.setAttribute('data-placed', String(data.placed));
      container.setAttribute('data-not-shown', String(data.notShown));
      if (!data.placed) {
        hide(data);
        return;
      }
      var map = L.map(container, { attributionControl: false, zoomSnap: 0.5 }).setView([50.63, 3.06], 12);
      var focus = [];
      // The offline background: the communes around, as named points (largest first; the first ones labelled).
      data.background.forEach(function (place, i) {
        var dot = L.circleMarker([place.lat, place.lon], {
          radius: 2, color: '#8a8a8a', weight: 1, fillColor: '#8a8a8a', fillOpacity: 1, interactive: false
        }).addTo(map);
        if (i < 40) dot.bindTooltip(plain(place.name), {
          permanent: true, direction: 'right', className: 'map-label map-label-background', offset: [3, 0]
        });
      });
      data.qpvs.forEach(function (qpv) {
        L.geoJSON(JSON.parse(qpv.geometry), {
          style: { color: '#b3261e', weight: 1.5, fillColor: '#f4b400', fillOpacity: 0.25 }
        }).bindTooltip(plain(qpv.name + ' (' + qpv.code + ')')).addTo(map);
      });
      data.communes.forEach(function (place) {
        var dot = L.circleMarker([place.lat, place.lon], {
          radius: 4, color: '#000000', weight: 1, fillColor: '#000000', fillOpacity: 1, interactive: false
        }).addTo(map);
        dot.bindTooltip(plain(place.name), {
          permanent: true, direction: 'left', className: 'map-label map-label-territory', offset: [-4, 0]
        });
        focus.push([place.lat, place.lon]);
      });
      var approximate = 0;
      data.points.forEach(function (p) {
        var marker = L.marker([p.lat, p.lon], {
          icon: L.divIcon({ className: 'map-symbol', html: symbol(p.symbol, p.approximate), iconSize: [14, 14] })
        });
        if (p.approximate) approximate++;
        var popup = document.createElement('div');
        var title = document.createElement('strong');
        title.textContent = p.name;
        popup.appendChild(title);
        var where = document.createElement('div');
        where.className = 'small';
        where.textContent = p.approximate ? labels.approximate + ' (' + p.commune + ')'
          : p.source === 'ADDRESS' ? labels.address : labels.manual;
        popup.appendChild(where);
        var anchor = document.createElement('a');
        anchor.href = link + p.id;
        anchor.textContent = labels.open;
        popup.appendChild(anchor);
        marker.bindPopup(popup).bindTooltip(plain(p.name));
        marker.addTo(map);
        var element = marker.getElement();
        if (element) {
          element.setAttribute('aria-label', p.name + (p.approximate ? ' — ' + labels.approximate : ''));
          element.setAttribute('data-type', p.type);
          if (p.approximate) element.setAttribute('data-approximate', 'true');
        }
        focus.push([p.lat, p.lon]);
      });
      if (legendList) {
        data.legend.forEach(function (item) {
          var li = document.createElement('li');
          li.setAttribute('data-type', item.type);
          li.setAttribute('data-count', String(item.count));
          li.setAttribute('data-approximate', String(item.approximate));
          var mark = document.createElement('span');
          mark.className = 'map-legend-symbol';
          mark.innerHTML = symbol(item.symbol, false);
          li.appendChild(mark);
          li.appendChild(document.createTextNode(' ' + item.text));
          legendList.appendChild(li);
        });
      }
      if (legend) legend.hidden = false;
      container.setAttribute('data-points', String(data.points.length));
      container.setAttribute('data-approximate', String(approximate));
      container.setAttribute('data-qpvs', String(data.qpvs.length));
      container.setAttribute('data-communes', String(data.communes.length));
      if (focus.length) map.fitBounds(L.latLngBounds(focus), { padding: [30, 30], maxZoom: 15 });
      say([data.summary, data.notShownText, data.unplacedText]);
      container.classList.add('map-ready');
    })
    .catch(function () { container.classList.add('map-failed'); });
})();
