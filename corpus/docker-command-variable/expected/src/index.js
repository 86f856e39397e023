const http = require("http");

http.createServer((req, res) => {
  res.end("relayed\n");
}).listen(8080);
