// Pilote CTG: the register's map. Leaflet from a webjar, no tile server: QPV outlines (reference data) and the entries
// that have coordinates, drawn on a blank background.
(function () {
  var container = document.getElementById('carte');
  if (!container || typeof L === 'undefined') return;
  var map = L.map(container, { attributionControl: false, zoomSnap: 0.5 }).setView([50.63, 3.06], 12);
  var status = document.getElementById('carte-statut');
  var link = container.getAttribute('data-link');
  var openLabel = container.getAttribute('data-open');
  // Leaflet writes a string tooltip as HTML: names typed by users go in as text
  function plain(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  fetch(container.getAttribute('data-source'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var layers = [];
      data.qpvs.forEach(function (qpv) {
        var layer = L.geoJSON(JSON.parse(qpv.geometry), {
          style: { color: '#b3261e', weight: 1.5, fillColor: '#f4b400', fillOpacity: 0.25 }
        }).bindTooltip(plain(qpv.name + ' (' + qpv.code + ')'));
        layer.addTo(map);
        layers.push(layer);
      });
      data.points.forEach(function (p) {
        var marker = L.circleMarker([p.lat, p.lon], {
          radius: 6, color: '#0b3d91', weight: 2, fillColor: p.qpv ? '#b3261e' : '#1f6feb', fillOpacity: 0.9
        });
        var anchor = document.createElement('a');
        anchor.href = link + p.id;
        anchor.textContent = openLabel;
        var popup = document.createElement('div');
        var title = document.createElement('strong');
        title.textContent = p.name;
        popup.appendChild(title);
        popup.appendChild(document.createElement('br'));
        popup.appendChild(anchor);
        marker.bindPopup(popup).bindTooltip(plain(p.name));
        marker.addTo(map);
        layers.push(marker);
      });
      container.setAttribute('data-points', String(data.points.length));
      container.setAttribute('data-qpvs', String(data.qpvs.length));
      if (layers.length) {
        var bounds = L.featureGroup(layers).getBounds();
        if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15 });
      }
      var unlocated = Math.max(0, parseInt(container.getAttribute('data-total') || '0', 10) - data.points.length);
      if (status && unlocated > 0) status.textContent = container.getAttribute('data-unlocated').replace('{0}', unlocated);
      container.classList.add('map-ready');
    })
    .catch(function () { container.classList.add('map-failed'); });
})();
