#!/usr/bin/env python3
"""A stand-in for the ECB's web server on 127.0.0.1, for the `rates update` tests: prints its port,
then serves FILE under /ok/ (with an ETag, answering 304 to If-None-Match) and the failures the
tests need: /missing/ 404, /truncated/ a body cut short, /garbage/ a file that is not the ECB's,
/slow/ an answer after 5 s. It stops by itself after 60 s."""
import http.server, sys, threading, time

BODY = open(sys.argv[1], "rb").read()

class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.startswith("/ok/"):
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)
        elif self.path.startswith("/truncated/"):
            self.send_response(200)
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY[: len(BODY) // 2])
            self.wfile.flush()
            self.connection.close()
        elif self.path.startswith("/garbage/"):
            text = b"<html><body>Service temporarily unavailable</body></html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)
        elif self.path.startswith("/slow/"):
            time.sleep(5)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
threading.Timer(60, server.shutdown).start()
server.serve_forever()
