"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over built graphs, on Oxigraph.

GET /sparql?query=…, POST with application/x-www-form-urlencoded (query=…) or
application/sparql-query; results as SPARQL JSON, XML, CSV or TSV by the Accept header (or a
`format` parameter), graphs as Turtle or N-Triples; CORS for browser clients such as YASGUI;
`default-graph-uri` and `named-graph-uri` (and FROM in the query) choose the dataset, else the
default graph is the union of all graphs.

It is built not to be tipped over by one request:
- a query is checked before any parser sees it (`query_guard`: size, nesting depth, updates,
  LOAD, SERVICE are refused), and so is the request (Content-Length);
- queries run in worker processes, each with its own copy of the store. A query that runs past
  `timeout` seconds has its worker killed and replaced, and the client gets 503: a Python thread
  cannot be stopped, and Oxigraph does not check a deadline, so only a process can be ended
  for sure (and a crash inside Oxigraph kills only that worker);
- a result is serialized in the worker into a buffer capped at `max_result_bytes`, so a SELECT *
  over a cross join stops at the cap (and answers 507) instead of filling memory;
- the listen backlog is 128 and each connection has its own thread.
"""
from __future__ import annotations

import contextlib
import json
import multiprocessing
import queue
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from kg.errors import KgError, Terminated
from kg.rdf.formats import CONSTRUCT_FORMATS, RESULT_FORMATS
from kg.services.query_guard import MAX_QUERY_BYTES, QueryRefused, check_query

# content negotiation: a media type → the format it asks for (kg.rdf.formats holds the tables)
SELECT_TYPES = {mime: f.name for f in RESULT_FORMATS.values() for mime in f.media_types}
GRAPH_TYPES = {mime: f.name for f in CONSTRUCT_FORMATS.values() for mime in f.media_types}

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RESULT_MB = 50
DEFAULT_WORKERS = 2
LISTEN_BACKLOG = 128
# a form-encoded query is at most three bytes a byte of query, plus the other fields
MAX_BODY_BYTES = 3 * MAX_QUERY_BYTES + 4096


@dataclass(frozen=True)
class Limits:
    timeout: float = DEFAULT_TIMEOUT  # seconds a query may run
    max_result_bytes: int = DEFAULT_MAX_RESULT_MB * 1_000_000
    workers: int = DEFAULT_WORKERS


@dataclass(frozen=True)
class Job:
    query: str
    accept: str
    wanted: str  # the `format` parameter
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    ctype: str


def _choose(accept: str, table: dict[str, str], default: str) -> str | None:
    """The format of the first media type in Accept the table knows; the default for no Accept or
    a wildcard; None when the client accepts only types we cannot send (406)."""
    mimes = [part.split(";")[0].strip().lower() for part in accept.split(",") if part.strip()]
    for mime in mimes:
        if mime in table:
            return table[mime]
    if not mimes or any(mime.endswith("/*") for mime in mimes):
        return default
    return None


def _offered(results) -> set[str]:
    import pyoxigraph as ox

    return set(GRAPH_TYPES if isinstance(results, ox.QueryTriples) else SELECT_TYPES)


def _text(status: int, message: str) -> Answer:
    return Answer(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")


class _Capped:
    """A write target that refuses to grow past its cap."""

    def __init__(self, cap: int):
        self.cap, self.parts, self.size = cap, [], 0

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.cap:
            raise OverflowError("result over the cap")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def answer(store, job: Job, max_result_bytes: int) -> Answer:
    """Run one query and serialize its result (in a worker process)."""
    import pyoxigraph as ox

    from kg.services.sparql import run_query, write_results

    try:
        results = run_query(store, job.query, list(job.default_graphs), list(job.named_graphs))
    except QueryRefused as exc:
        return _text(exc.status, str(exc))
    except KgError as exc:
        return _text(400, str(exc))
    out = _Capped(max_result_bytes)
    try:
        if isinstance(results, ox.QueryTriples):
            wanted = job.wanted if job.wanted in CONSTRUCT_FORMATS else _choose(job.accept, GRAPH_TYPES, "ttl")
        else:
            wanted = job.wanted if job.wanted in RESULT_FORMATS else _choose(job.accept, SELECT_TYPES, "json")
        if wanted is None:
            return _text(406, f"cannot answer in {job.accept}: accept one of {', '.join(sorted(_offered(results)))}")
        fmt, _ = write_results(results, wanted, out)
    except Exception as exc:  # the cap (OverflowError, as Oxigraph re-raises it) or an evaluation error
        if out.size > max_result_bytes:
            return _text(507, f"the result is over the limit of {max_result_bytes / 1e6:g} MB: "
                              "add LIMIT, or start kg serve with a larger --max-result-mb")
        return _text(500, f"the query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    return Answer(200, b"".join(out.parts), fmt.content_type)


def _worker_main(conn, paths: list[str], max_result_bytes: int) -> None:
    """A worker process: load the graphs, then answer jobs until the pipe closes."""
    import signal

    from kg.services.sparql import load_store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it ends the workers

    try:
        try:
            store = load_store(paths)
        except Exception as exc:  # reported to the parent, which says it in one line
            conn.send(("failed", str(exc)))
            return
        conn.send(("ready", ""))
        while True:
            job = conn.recv()
            conn.send(answer(store, job, max_result_bytes))
    except (EOFError, OSError):  # the parent is gone (stopped while this worker loaded): end in silence
        return


class Busy(Exception):
    pass


# Worker processes being started, in any thread. A spawned child reads its task from a pipe the parent
# writes after starting it: stopped in between, the parent leaves a child that prints "EOFError: Ran out
# of input". So SIGTERM waits for the starts under way (sigterm_stops_server), and QueryPool.close() too.
_starting = 0
_starting_lock = threading.Lock()
_stop_asked = threading.Event()


@contextlib.contextmanager
def sigterm_stops_server():
    """While kg serve runs, SIGTERM (`kill PID`, systemd, docker stop) stops the server as Ctrl-C does:
    Terminated is raised in the main thread, serve()'s `finally` ends the workers, and the command exits
    143. Asked while a worker is being started, it waits until that one is started (and so ended with the
    others). The handler before is put back when the server ends, so a process that goes on (a test, a
    program calling `kg.cli.main`) does not keep it, nor do the processes it forks later: a child forked
    while it is set (a batch's worker) gets the default action, as if it were not set."""
    import os
    import signal

    if threading.current_thread() is not threading.main_thread():  # signal handlers are the main thread's
        yield
        return
    owner = os.getpid()

    def stop(signum, frame):
        if os.getpid() != owner:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        if _starting:
            _stop_asked.set()  # said again by the last start under way (_started)
            return
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        _stop_asked.clear()


@contextlib.contextmanager
def _interrupts_held():
    """Ctrl-C in a terminal reaches the whole process group, the workers too: one still starting (Python
    importing, reading its task) would print a KeyboardInterrupt traceback. A spawned child keeps an ignored
    SIGINT (Python then installs no handler of its own), so the main thread ignores it while it starts one;
    blocked meanwhile, a Ctrl-C of that moment stays pending (Linux keeps a blocked signal even while it is
    ignored) and reaches the parent's own handler as soon as the start is done. Signal handlers are the main
    thread's: a worker replaced later, from a request's thread, starts as before."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    from multiprocessing import resource_tracker

    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        # the first start spawns multiprocessing's resource tracker, which unblocks SIGINT when it has:
        # spawned here (silent too), and SIGINT blocked again (a Ctrl-C in those few milliseconds is lost)
        resource_tracker.ensure_running()
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        yield
    finally:
        signal.signal(signal.SIGINT, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _started() -> None:
    """A start ended: the SIGTERM that waited for it is sent again, to the handler in the main thread."""
    global _starting
    import os
    import signal

    with _starting_lock:
        _starting -= 1
        again = not _starting and _stop_asked.is_set()
        if again:
            _stop_asked.clear()
    if again:
        os.kill(os.getpid(), signal.SIGTERM)


class QueryPool:
    """Worker processes holding the store; a query that overruns its deadline loses its worker."""

    def __init__(self, paths: list[str | Path], limits: Limits):
        self.paths = [str(p) for p in paths]
        self.limits = limits
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a threaded process
        self._idle: queue.Queue = queue.Queue()
        self._all: set = set()
        self._lock = threading.Lock()
        self._closing = threading.Event()  # set by close(): a worker ended then is no error
        try:
            starting = [self._spawn() for _ in range(max(1, limits.workers))]
            for worker in starting:
                self._idle.put(self._ready(worker))
        except BaseException:  # stopped (Ctrl-C, SIGTERM) or failed while the workers start: end them all
            self.close()
            raise

    def _spawn(self):
        global _starting
        with _starting_lock:
            _starting += 1
        try:
            if self._closing.is_set():  # a replacement asked for as the server stops
                raise KgError("the server is stopping")
            parent, child = self._ctx.Pipe()
            proc = self._ctx.Process(target=_worker_main, args=(child, self.paths, self.limits.max_result_bytes),
                                     daemon=True)
            with _interrupts_held():
                proc.start()
            child.close()
            with self._lock:  # one still starting is ended by close() too
                self._all.add((proc, parent))
            return proc, parent
        finally:
            _started()

    def _ready(self, worker):
        proc, conn = worker
        if not conn.poll(120):
            self._end(worker)
            raise KgError("a query worker did not start within 120 s")
        try:
            state, message = conn.recv()
        except EOFError:
            state, message = "failed", f"exit code {proc.exitcode}"
        if state != "ready":
            self._end(worker)
            raise KgError(f"a query worker could not load the graphs ({message})")
        with self._lock:
            self._all.add(worker)
        return worker

    def _end(self, worker) -> None:
        proc, conn = worker
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        # close() and the thread starting a replacement may end the same worker at once: its pipe is closed
        # under the lock, so the second finds it closed (Connection.close is a no-op then) instead of closing
        # a descriptor the first has just closed (EBADF, or worse, one the process has reused)
        with self._lock:
            self._all.discard(worker)
            conn.close()

    def _replace(self, worker) -> None:
        """End a worker and start another in the background, so the next request is not held up."""
        self._end(worker)

        def start():
            try:
                self._idle.put(self._ready(self._spawn()))
            except (KgError, OSError) as exc:  # OSError: its pipe closed by close() while it started
                if not self._closing.is_set():  # a worker the server's stop ended is no error (Ctrl-C)
                    sys.stderr.write(f"kg: error: {exc}\n")

        threading.Thread(target=start, daemon=True).start()

    def run(self, job: Job) -> Answer:
        timeout = self.limits.timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise Busy()
        proc, conn = worker
        try:
            conn.send(job)
            if conn.poll(timeout):
                result = conn.recv()
                self._idle.put(worker)
                return result
        except (EOFError, OSError):
            self._replace(worker)
            return _text(500, "the query crashed its worker; the server goes on")
        self._replace(worker)
        return _text(503, f"the query ran over the limit of {timeout:g} s and was stopped "
                          "(start kg serve with a larger --timeout to allow more)")

    def close(self) -> None:
        import time

        self._closing.set()
        deadline = time.monotonic() + 5
        while _starting and time.monotonic() < deadline:  # a start under way in another thread: let it register
            time.sleep(0.01)
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._end(worker)


class SparqlHandler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 Protocol over HTTP; `make_handler` binds it to a pool and an endpoint path."""
    server_version = "policy-kg"
    timeout = 60  # seconds a client may take to send its request
    pool: QueryPool
    endpoint = "/sparql"  # not `path`: that is the request's path in BaseHTTPRequestHandler

    def log_message(self, fmt, *args):  # one line per request on stderr
        sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

    def _cors(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")

    def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self._cors()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict | None = None):
        a = _text(status, message)
        self._send(a.status, a.body, a.ctype, extra)

    def do_OPTIONS(self):
        self.send_response(204)
        self._cors()
        self.end_headers()

    def do_GET(self):
        url = urlparse(self.path)
        if url.path == "/":
            body = json.dumps({"sparql": self.endpoint, "read_only": True}).encode()
            return self._send(200, body, "application/json")
        if url.path != self.endpoint:
            return self._error(404, f"not found: the endpoint is {self.endpoint}")
        if len(url.query) > MAX_BODY_BYTES:
            return self._error(414, f"the request line is over {MAX_BODY_BYTES:,} bytes")
        params = parse_qs(url.query)
        if "update" in params:
            return self._error(403, "this endpoint is read-only: updates are refused")
        if "query" not in params:
            return self._error(400, "missing query parameter")
        self._answer(params["query"][0], params)

    def _body(self) -> bytes | None:
        """The request body, or None once an error has been answered."""
        raw = self.headers.get("Content-Length")
        if raw is None:
            self._error(411, "a POST needs a Content-Length")
            return None
        try:
            length = int(raw)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._error(400, f"bad Content-Length: {raw[:40]!r}")
            return None
        if length > MAX_BODY_BYTES:
            self.close_connection = True  # the body is not read
            self._error(413, f"the request body is {length:,} bytes, over the limit of {MAX_BODY_BYTES:,}")
            return None
        return self.rfile.read(length)

    def do_POST(self):
        url = urlparse(self.path)
        if url.path != self.endpoint:
            return self._error(404, f"not found: the endpoint is {self.endpoint}")
        raw = self._body()
        if raw is None:
            return
        body = raw.decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if ctype == "application/sparql-update":
            return self._error(403, "this endpoint is read-only: updates are refused")
        if ctype == "application/sparql-query":
            return self._answer(body, params)
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            if "update" in form:
                return self._error(403, "this endpoint is read-only: updates are refused")
            if "query" not in form:
                return self._error(400, "missing query parameter")
            return self._answer(form["query"][0], {**params, **form})
        return self._error(415, "use application/sparql-query or application/x-www-form-urlencoded")

    def _answer(self, query: str, params: dict):
        try:
            check_query(query)  # refused here, before a worker or a parser sees it
        except QueryRefused as exc:
            return self._error(exc.status, str(exc))
        job = Job(query, self.headers.get("Accept") or "", (params.get("format") or [""])[0],
                  tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])))
        try:
            a = self.pool.run(job)
        except Busy:
            return self._error(503, "all query workers are busy: try again", {"Retry-After": "5"})
        self._send(a.status, a.body, a.ctype)

    do_HEAD = do_GET



def make_handler(pool: QueryPool, path: str = "/sparql") -> type[SparqlHandler]:
    """A handler class for http.server that answers at `path` from `pool`."""
    return type("Handler", (SparqlHandler,), {"pool": pool, "endpoint": path})


class Server(ThreadingHTTPServer):
    request_queue_size = LISTEN_BACKLOG
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A client gone before its answer was sent (`curl … | head -c 300`) is one log line, not a traceback."""
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            sys.stderr.write(f"{client_address[0]} closed the connection before the answer was sent\n")
            return
        super().handle_error(request, client_address)


def serve(paths: list[str | Path], host: str = "127.0.0.1", port: int = 7878, ready=None,
          limits: Limits = Limits()) -> None:
    pool = QueryPool(paths, limits)
    try:
        httpd = Server((host, port), make_handler(pool))
    except BaseException:
        pool.close()
        raise
    if ready is not None:
        ready(httpd)
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
        pool.close()
