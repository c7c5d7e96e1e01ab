// node --experimental-websocket ws_client.js URL: prints the greeting and the echo of "ping",
// joined by "|"; exits 2 on an error or a refused upgrade.
const url = process.argv[2];
const ws = new WebSocket(url);
const got = [];
const timer = setTimeout(() => { console.log('timeout ' + got.join('|')); process.exit(3); }, 15000);
ws.onmessage = (e) => {
  got.push(String(e.data));
  if (got.length === 1) ws.send('ping'); else { console.log(got.join('|')); ws.close(); }
};
ws.onclose = () => { clearTimeout(timer); process.exit(got.length === 2 ? 0 : 2); };
ws.onerror = (e) => { console.log('error ' + (e.message || 'upgrade failed')); process.exit(2); };
