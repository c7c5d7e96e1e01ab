#!/usr/bin/env python3
"""Daemons outside the supervised tree that would do what the tree asks: a Unix-socket command
runner (the shape of a container engine or an IDE terminal socket), one that hands over an open
file descriptor (SCM_RIGHTS) of a file it can read, and a loopback TCP command runner. Each
runs commands or hands over the fd only when asked; every request is appended to --log."""
import argparse, array, os, socket, subprocess, threading

parser = argparse.ArgumentParser()
parser.add_argument("--runner", required=True, help="Unix socket path of the command runner")
parser.add_argument("--fd-server", required=True, help="Unix socket path of the fd handler")
parser.add_argument("--secret", required=True, help="file whose fd the fd handler passes")
parser.add_argument("--port-file", required=True, help="where the TCP runner's port is written")
parser.add_argument("--log", required=True)
args = parser.parse_args()


def note(text):
    with open(args.log, "a") as log:
        log.write(text + "\n")


def run_commands(conn):
    command = conn.recv(4096).decode()
    if command:
        note("ran: " + command.strip())
        conn.sendall(subprocess.run(command, shell=True, capture_output=True).stdout)
    conn.close()


def serve_unix(path, handle):
    if os.path.exists(path):
        os.unlink(path)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(16)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


def pass_fd(conn):
    request = conn.recv(16)
    if request:
        note("passed fd")
        fd = os.open(args.secret, os.O_RDONLY)
        conn.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [fd]))])
        os.close(fd)
    conn.close()


tcp = socket.socket()
tcp.bind(("127.0.0.1", 0))
tcp.listen(16)
threading.Thread(target=serve_unix, args=(args.runner, run_commands), daemon=True).start()
threading.Thread(target=serve_unix, args=(args.fd_server, pass_fd), daemon=True).start()
with open(args.port_file + ".tmp", "w") as f:
    f.write(str(tcp.getsockname()[1]))
os.rename(args.port_file + ".tmp", args.port_file)
while True:
    conn, _ = tcp.accept()
    threading.Thread(target=run_commands, args=(conn,), daemon=True).start()
