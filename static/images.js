// Small square images on canvases, for the client's Canvas overlay: Fashion-MNIST pictures and weight vectors seen
// as pictures.
(function () {
  'use strict';
  var DiveLive = window.DiveLive = window.DiveLive || {};

  // size×size values onto the canvas. Unsigned: values in [0, 1] are ink on paper (1 = dark). Signed:
  // values scaled by their largest magnitude, blue for positive, red for negative, white for zero, as weights are
  // usually shown.
  function drawSquare(canvas, values, size, signed) {
    canvas.width = size;
    canvas.height = size;
    var context = canvas.getContext('2d');
    var image = context.createImageData(size, size);
    var count = size * size;
    var scale = 0;
    if (signed) {
      for (var at = 0; at < count; at++) { scale = Math.max(scale, Math.abs(values[at])); }
    }
    for (var pixel = 0; pixel < count; pixel++) {
      var value = values[pixel];
      var red, green, blue;
      if (signed) {
        var share = scale > 0 ? value / scale : 0;
        red = share < 0 ? 255 : Math.round(255 * (1 - share));
        green = Math.round(255 * (1 - Math.abs(share)));
        blue = share > 0 ? 255 : Math.round(255 * (1 + share));
      } else {
        red = green = blue = Math.round(255 * (1 - value));
      }
      image.data[4 * pixel] = red;
      image.data[4 * pixel + 1] = green;
      image.data[4 * pixel + 2] = blue;
      image.data[4 * pixel + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }

  DiveLive.images = { drawSquare: drawSquare };
})();
