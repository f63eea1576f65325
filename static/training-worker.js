// The Web Worker that trains in the page: loads the TeaVM-compiled training code and starts it.
importScripts('/client/worker.js');
main([]);
