/*
 * An open-loop HTTP/1.1 load generator in the manner of wrk2 (Gil Tene's fork of wrk), for one question: the latency
 * a server gives at a fixed offered rate. Request i is due at start + i/rate and belongs to connection i mod C; a
 * connection sends it when it is due, or as soon as its previous answer arrives if that was late, and the latency runs
 * from the due time (no coordinated omission). One thread, epoll and an absolute timerfd, so it costs the shared
 * cores little and never spins.
 *
 *   openloop HOST PORT REQUEST_BODY_FILE EXPECTED_BODY_FILE RATE WARMUP_MS DURATION_MS CONNECTIONS
 *
 * Posts the body to /graphql with Content-Type application/json. Requests due during the warm-up are sent but not
 * counted. An answer counts as failed unless it is a 200 whose body equals the expected file byte for byte. Prints one
 * JSON line: {"Rate":…,"Sent":…,"Failed":…,"P50Ms":…,"P99Ms":…,"LagP99Ms":…}.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    int fd;
    long next;          /* index of the next request this connection sends */
    long current;       /* index of the request awaiting its answer, or -1 */
    char *in;           /* answer bytes received so far */
    size_t have, cap;
} conn;

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(2); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(n + 1);
    if (fread(buf, 1, n, f) != (size_t)n) { perror(path); exit(2); }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static int connect_to(const char *host, const char *port) {
    struct addrinfo hints = {0}, *res;
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0) { fprintf(stderr, "cannot resolve %s\n", host); exit(2); }
    int fd = socket(res->ai_family, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, res->ai_addr, res->ai_addrlen) != 0) { perror("connect"); exit(2); }
    freeaddrinfo(res);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

static int cmp64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static double quantile_ms(int64_t *v, long n, double q) {
    if (n == 0) return 0;
    qsort(v, n, sizeof *v, cmp64);
    long i = (long)(q * n + 0.999999999) - 1;
    if (i < 0) i = 0;
    if (i >= n) i = n - 1;
    return v[i] / 1e6;
}

/* Length of a complete answer at the start of buf (headers and body), 0 if more bytes are needed, -1 if malformed.
 * Sets *status and the body's place; chunked bodies are decoded in place. */
static long complete_answer(char *buf, size_t have, int *status, char **body, size_t *body_len) {
    char *end = memmem(buf, have, "\r\n\r\n", 4);
    if (!end) return 0;
    size_t head = (size_t)(end - buf) + 4;
    if (have < 12 || memcmp(buf, "HTTP/1.1 ", 9) != 0) return -1;
    *status = atoi(buf + 9);
    long length = -1;
    int chunked = 0;
    for (char *line = strstr(buf, "\r\n") + 2; line < end; line = strstr(line, "\r\n") + 2) {
        if (strncasecmp(line, "content-length:", 15) == 0) length = atol(line + 15);
        else if (strncasecmp(line, "transfer-encoding:", 18) == 0 && strstr(line, "chunked") && strstr(line, "chunked") < strstr(line, "\r\n")) chunked = 1;
    }
    if (!chunked) {
        if (length < 0) return -1;
        if (have < head + (size_t)length) return 0;
        *body = buf + head;
        *body_len = (size_t)length;
        return (long)(head + length);
    }
    /* Chunked: first make sure every chunk is here, then copy their data together right after the headers. */
    size_t pos = head;
    for (;;) {
        char *eol = memmem(buf + pos, have - pos, "\r\n", 2);
        if (!eol) return 0;
        long size = strtol(buf + pos, NULL, 16);
        size_t data = (size_t)(eol - buf) + 2;
        if (size < 0 || have < data + size + 2) return 0;
        pos = data + size + 2;
        if (size == 0) break;
    }
    size_t total = pos, out = head;
    pos = head;
    for (;;) {
        char *eol = memmem(buf + pos, total - pos, "\r\n", 2);
        long size = strtol(buf + pos, NULL, 16);
        size_t data = (size_t)(eol - buf) + 2;
        if (size == 0) break;
        memmove(buf + out, buf + data, size);
        out += size;
        pos = data + size + 2;
    }
    *body = buf + head;
    *body_len = out - head;
    return (long)total;
}

int main(int argc, char **argv) {
    if (argc != 9) {
        fprintf(stderr, "usage: %s HOST PORT REQUEST_BODY_FILE EXPECTED_BODY_FILE RATE WARMUP_MS DURATION_MS CONNECTIONS\n", argv[0]);
        return 2;
    }
    const char *host = argv[1], *port = argv[2];
    size_t body_len, expected_len;
    char *body = read_file(argv[3], &body_len);
    char *expected = read_file(argv[4], &expected_len);
    double rate = atof(argv[5]);
    int64_t warmup = atol(argv[6]) * 1000000LL, duration = atol(argv[7]) * 1000000LL;
    int nconn = atoi(argv[8]);
    if (rate <= 0 || nconn <= 0) { fprintf(stderr, "rate and connections must be positive\n"); return 2; }

    char *request = malloc(body_len + 512);
    int head = snprintf(request, 512,
        "POST /graphql HTTP/1.1\r\nHost: %s:%s\r\nContent-Type: application/json\r\n"
        "Accept: application/graphql-response+json, application/json\r\nContent-Length: %zu\r\n\r\n", host, port, body_len);
    memcpy(request + head, body, body_len);
    size_t request_len = head + body_len;

    double interval = 1e9 / rate;
    long total = (long)((warmup + duration) / interval);
    long first_counted = (long)(warmup / interval);
    int64_t *latency = malloc(sizeof(int64_t) * (total + 1)), *lag = malloc(sizeof(int64_t) * (total + 1));
    long counted = 0, lagged = 0, failed = 0, answered = 0;

    int ep = epoll_create1(0), timer = timerfd_create(CLOCK_MONOTONIC, 0);
    struct epoll_event ev = { .events = EPOLLIN, .data.u64 = (uint64_t)-1 };
    epoll_ctl(ep, EPOLL_CTL_ADD, timer, &ev);
    conn *c = calloc(nconn, sizeof *c);
    for (int i = 0; i < nconn; i++) {
        c[i].fd = connect_to(host, port);
        c[i].next = i;
        c[i].current = -1;
        c[i].cap = 1 << 16;
        c[i].in = malloc(c[i].cap);
        ev.events = EPOLLIN;
        ev.data.u64 = (uint64_t)i;
        epoll_ctl(ep, EPOLL_CTL_ADD, c[i].fd, &ev);
    }

    int64_t start = now_ns() + 10000000LL; /* 10 ms from now */
    #define DUE(i) (start + (int64_t)((double)(i) * interval))
    struct epoll_event events[256];
    for (;;) {
        int64_t t = now_ns();
        /* Send whatever is due on idle connections; find the earliest future due time. */
        int64_t wake = INT64_MAX;
        int busy = 0;
        for (int i = 0; i < nconn; i++) {
            if (c[i].current >= 0) { busy = 1; continue; }
            if (c[i].next >= total) continue;
            int64_t due = DUE(c[i].next);
            if (due <= t) {
                ssize_t sent = send(c[i].fd, request, request_len, MSG_NOSIGNAL);
                if (sent != (ssize_t)request_len) { perror("send"); return 1; } /* small request: one send on a fresh socket buffer */
                if (c[i].next >= first_counted) lag[lagged++] = t - due;
                c[i].current = c[i].next;
                c[i].next += nconn;
                c[i].have = 0;
                busy = 1;
            } else if (due < wake) wake = due;
        }
        if (!busy && wake == INT64_MAX) break;
        if (wake != INT64_MAX) {
            struct itimerspec at = {0};
            at.it_value.tv_sec = wake / 1000000000LL;
            at.it_value.tv_nsec = wake % 1000000000LL;
            timerfd_settime(timer, TFD_TIMER_ABSTIME, &at, NULL);
        }
        int n = epoll_wait(ep, events, 256, 5000);
        if (n < 0 && errno != EINTR) { perror("epoll_wait"); return 1; }
        if (n == 0) { fprintf(stderr, "no answer for 5 s\n"); return 1; }
        int64_t arrived = now_ns();
        for (int e = 0; e < n; e++) {
            if (events[e].data.u64 == (uint64_t)-1) { uint64_t x; if (read(timer, &x, sizeof x) < 0) {} continue; }
            conn *k = &c[events[e].data.u64];
            if (k->have == k->cap) { k->cap *= 2; k->in = realloc(k->in, k->cap); }
            ssize_t got = recv(k->fd, k->in + k->have, k->cap - k->have, 0);
            if (got <= 0) { fprintf(stderr, "connection closed by the server\n"); return 1; }
            k->have += (size_t)got;
            int status = 0;
            char *answer;
            size_t answer_len;
            long used = complete_answer(k->in, k->have, &status, &answer, &answer_len);
            if (used < 0) { fprintf(stderr, "malformed answer\n"); return 1; }
            if (used == 0 || k->current < 0) continue;
            if (k->current >= first_counted) {
                latency[counted++] = arrived - DUE(k->current);
                if (status != 200 || answer_len != expected_len || memcmp(answer, expected, expected_len) != 0) failed++;
            }
            answered++;
            k->current = -1;
            k->have = 0;
        }
    }
    double lag99 = quantile_ms(lag, lagged, 0.99);
    double p50 = quantile_ms(latency, counted, 0.50), p99 = quantile_ms(latency, counted, 0.99);
    printf("{\"Rate\":%.1f,\"Sent\":%ld,\"Failed\":%ld,\"P50Ms\":%.4f,\"P99Ms\":%.4f,\"LagP99Ms\":%.4f}\n", rate, counted, failed, p50, p99, lag99);
    return 0;
}
