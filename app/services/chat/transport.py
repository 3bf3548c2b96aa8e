"""An httpx transport whose requests a :class:`CancelToken` can cut off mid-read.

httpx's own transport offers no way to interrupt a thread blocked waiting for the server
(a local model can think for a minute before the first byte). This one is httpx's
documented custom-transport hook over httpcore's public connection pool, with a network
backend that registers every socket it opens with the token: cancelling shuts the socket
down, which wakes the blocked read immediately and tells the server the client is gone.
"""

from __future__ import annotations

import socket
import ssl
import threading
from typing import Callable, Iterable, Iterator

import httpcore
import httpx

from app.services.chat.cancel import Cancelled, CancelToken


def _shutdown(sock: socket.socket) -> None:
    """Shut a socket down for both directions without touching its Python object's state.

    A duplicate of the descriptor is used so a TLS socket's SSL object is left alone (the
    reading thread still owns it); shutdown acts on the connection, not the descriptor.
    """
    try:
        dup = socket.fromfd(sock.fileno(), sock.family, sock.type)
    except (OSError, AttributeError, ValueError):
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        return
    try:
        dup.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed by the peer: nothing left to stop
    finally:
        dup.close()


class _AbortableStream(httpcore.NetworkStream):
    """A socket stream that the token can shut down from another thread."""

    def __init__(self, inner: httpcore.NetworkStream, token: CancelToken) -> None:
        self._inner = inner
        self._token = token
        self._lock = threading.Lock()
        self._closed = False
        self._handle = token.on_cancel(self._abort)

    def _abort(self) -> None:
        with self._lock:
            if self._closed:
                return
            sock = self._inner.get_extra_info("socket")
            if sock is not None:
                _shutdown(sock)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, timeout)
        if self._token.cancelled:
            raise Cancelled()
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._token.check()
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._token.remove(self._handle)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        # Wrapping detaches the plain socket: register the TLS one in its place.
        with self._lock:
            self._closed = True
        self._token.remove(self._handle)
        wrapped = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return _AbortableStream(wrapped, self._token)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _AbortableBackend(httpcore.NetworkBackend):
    def __init__(self, token: CancelToken) -> None:
        self._inner = httpcore.SyncBackend()
        self._token = token

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return self._connect(lambda: self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        return self._connect(lambda: self._inner.connect_unix_socket(path, timeout, socket_options))

    def _connect(self, connect: Callable[[], httpcore.NetworkStream]) -> httpcore.NetworkStream:
        """Connect in a helper thread, so Stop does not wait out the connect timeout.

        A blocking ``connect()`` towards a host that never answers (a model server on a
        machine that is switched off) cannot be interrupted portably. The caller waits for
        either the connection or the token instead; a connection that completes after Stop
        is closed by the helper thread, which ends by itself within the connect timeout.
        """
        self._token.check()
        woken = threading.Event()
        lock = threading.Lock()
        state: dict[str, object] = {}

        def run() -> None:
            try:
                result: tuple[bool, object] = (True, connect())
            except BaseException as exc:  # handed to the caller below
                result = (False, exc)
            with lock:
                if state.get("abandoned"):
                    if result[0]:
                        result[1].close()
                    return
                state["result"] = result
            woken.set()

        handle = self._token.on_cancel(woken.set)
        threading.Thread(target=run, name="parley-connect", daemon=True).start()
        woken.wait()
        self._token.remove(handle)
        with lock:
            result = state.get("result")
            if result is None:
                state["abandoned"] = True
                raise Cancelled()
        ok, value = result
        if not ok:
            raise value
        return _AbortableStream(value, self._token)

    def sleep(self, seconds: float) -> None:
        if self._token.wait(seconds):
            raise Cancelled()


def _mapped(exc: Exception) -> Exception:
    """httpcore's exception as the httpx exception of the same name (httpx does the same)."""
    for cls in type(exc).__mro__:
        if cls.__module__.startswith("httpcore") and hasattr(httpx, cls.__name__):
            return getattr(httpx, cls.__name__)(str(exc))
    return exc


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except Cancelled:
            raise
        except Exception as exc:
            mapped = _mapped(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


def environment_proxy(url: str) -> str | None:
    """The HTTP(S) proxy the environment asks for, for ``url`` (None for loopback hosts).

    A custom transport does not get httpx's automatic ``HTTP(S)_PROXY`` handling, so the
    same rules are applied here (``NO_PROXY`` included); a local model server is never
    sent through a proxy. SOCKS proxies are not supported and are ignored.
    """
    import ipaddress
    import urllib.request

    host = httpx.URL(url).host
    if host in ("localhost", "") or host.endswith(".localhost"):
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    if urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(httpx.URL(url).scheme) or proxies.get("all")
    if proxy and proxy.startswith(("http://", "https://")):
        return proxy
    return None


class CancellableTransport(httpx.BaseTransport):
    """Plain HTTP/1.1 over httpcore (through ``proxy`` if given), every socket tied to ``token``."""

    def __init__(self, token: CancelToken, *, proxy: str | None = None) -> None:
        backend = _AbortableBackend(token)
        ssl_context = httpx.create_ssl_context()
        if proxy:
            parsed = httpx.Proxy(proxy)
            self._pool: httpcore.ConnectionPool | httpcore.HTTPProxy = httpcore.HTTPProxy(
                proxy_url=httpcore.URL(
                    scheme=parsed.url.raw_scheme,
                    host=parsed.url.raw_host,
                    port=parsed.url.port,
                    target=parsed.url.raw_path,
                ),
                proxy_auth=parsed.raw_auth,
                ssl_context=ssl_context,
                max_keepalive_connections=0,
                network_backend=backend,
            )
        else:
            self._pool = httpcore.ConnectionPool(
                ssl_context=ssl_context,
                max_connections=4,
                max_keepalive_connections=0,  # one request per client: nothing to keep alive
                network_backend=backend,
            )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            response = self._pool.handle_request(core_request)
        except Cancelled:
            raise
        except Exception as exc:
            mapped = _mapped(exc)
            if mapped is exc:
                raise
            raise mapped from exc
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),  # type: ignore[arg-type]
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()
