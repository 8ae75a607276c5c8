#!/usr/bin/env bash
# Regenerates tb_landscape/proto/landscape_pb2.py from landscape.proto.
# Uses grpcio-tools 1.75.1 (protoc 6.31.1): generated code needs a protobuf runtime at least as
# new as its generator, so this is the floor pinned in setup.py. Do not regenerate with a newer one.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${PROTOGEN_VENV:-/tmp/tbl-protogen}
[ -x "$venv/bin/python" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q grpcio-tools==1.75.1; }
"$venv/bin/python" -m grpc_tools.protoc -I. --python_out=. tb_landscape/proto/landscape.proto
