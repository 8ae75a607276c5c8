"""tb-landscape: loss landscapes of PyTorch models in a TensorBoard tab."""

import os

from setuptools import find_packages, setup

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "README.md"), encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="tb-landscape",
    version="0.1.0",
    description="Loss landscapes of PyTorch models, logged during training and shown in a TensorBoard tab",
    long_description=long_description,
    long_description_content_type="text/markdown",
    license="Apache-2.0",
    # torch 2.13 (what the README installs) needs 3.10; the test requirements need 3.11
    python_requires=">=3.10",
    packages=find_packages(include=["tb_landscape", "tb_landscape.*"]),
    package_data={"tb_landscape": ["static/*.js", "proto/*.proto"]},
    include_package_data=False,
    install_requires=[
        # The generated landscape_pb2.py is from protoc 6.31.1 (grpcio-tools 1.75.1, see
        # scripts/gen_proto.sh): it needs a protobuf runtime at least that new.
        "protobuf>=6.31.1",
        "tensorboard>=2.20",
        "numpy>=1.22",
    ],
    extras_require={
        # The engine and the training-loop logger. Pin torch yourself where a specific build
        # (CPU or CUDA) matters: this only states the API floor.
        "torch": ["torch>=2.1"],
        "demo": ["torch>=2.1", "scikit-learn>=1.0"],
        "lightning": ["torch>=2.1", "lightning>=2.0"],
        # The Trainer callback follows transformers 5 (TENSORBOARD_LOGGING_DIR, no
        # args.logging_dir); tested on 5.17.0. Its Trainer needs accelerate >= 1.1.
        "transformers": ["torch>=2.1", "transformers>=5.0", "accelerate>=1.1"],
    },
    entry_points={
        "console_scripts": ["tb-landscape = tb_landscape.cli:main"],
        "tensorboard_plugins": ["landscape = tb_landscape.plugin:LandscapeLoader"],
    },
    classifiers=[
        "Programming Language :: Python :: 3",
        "Topic :: Scientific/Engineering :: Artificial Intelligence",
    ],
)
