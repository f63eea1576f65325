// Pictures of the plane for the playground widget (client overlay PlanePlot): a field of values over a square grid
// as colours, with the data's points drawn over it.
(function () {
  'use strict';
  var DiveLive = window.DiveLive = window.DiveLive || {};

  // The two classes' colours: orange for class 0, blue for class 1, white half way.
  var LOW = [232, 89, 12];
  var HIGH = [28, 126, 214];

  function mix(share) {
    // share in [0, 1]: 0 → LOW, ½ → white, 1 → HIGH
    var toward = share < 0.5 ? LOW : HIGH;
    var strength = Math.min(1, Math.abs(share - 0.5) * 2);
    return [0, 1, 2].map(function (c) { return Math.round(255 + (toward[c] - 255) * strength); });
  }

  // size×size values from offset (row 0 at the top) as colours from low (orange) to high (blue), scaled up smoothly
  // to the canvas's own size.
  function field(canvas, values, offset, size, low, high) {
    var width = canvas.width = canvas.clientWidth || 240;
    canvas.height = width;
    var cells = document.createElement('canvas');
    cells.width = size;
    cells.height = size;
    var cellContext = cells.getContext('2d');
    var image = cellContext.createImageData(size, size);
    var span = high > low ? high - low : 1;
    for (var at = 0; at < size * size; at++) {
      var colour = mix((values[offset + at] - low) / span);
      image.data[4 * at] = colour[0];
      image.data[4 * at + 1] = colour[1];
      image.data[4 * at + 2] = colour[2];
      image.data[4 * at + 3] = 255;
    }
    cellContext.putImageData(image, 0, 0);
    var context = canvas.getContext('2d');
    context.imageSmoothingEnabled = true;
    context.drawImage(cells, 0, 0, width, width);
  }

  // The points (x₁, x₂) in [−extent, extent]² over the field: the first trainCount filled (training), the others
  // as rings (test), each in its class's colour with a dark edge so it shows on either background.
  function points(canvas, xs, ys, labels, trainCount, extent) {
    var context = canvas.getContext('2d');
    var width = canvas.width;
    var radius = Math.max(2.5, width / 90);
    for (var i = 0; i < xs.length; i++) {
      var px = (xs[i] + extent) / (2 * extent) * width;
      var py = (extent - ys[i]) / (2 * extent) * width;
      var colour = labels[i] === 1 ? HIGH : LOW;
      context.beginPath();
      context.arc(px, py, radius, 0, 2 * Math.PI);
      context.lineWidth = i < trainCount ? 1 : 2;
      if (i < trainCount) {
        context.fillStyle = 'rgb(' + colour.join(',') + ')';
        context.fill();
        context.strokeStyle = '#212529';
      } else {
        context.strokeStyle = 'rgb(' + colour.join(',') + ')';
      }
      context.stroke();
    }
  }

  DiveLive.planePlot = { field: field, points: points };
})();
