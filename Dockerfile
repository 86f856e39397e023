# The tool as an image: `docker run --rm -v "$PWD:/src" -w /src dockerfile-migrate run --check`.
# Stage 1 builds the wheels (the compiled parsers included); stage 2 has only Python, git and the installed tool.
ARG PYTHON_IMAGE=python:3.12-slim

FROM ${PYTHON_IMAGE} AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY migrate ./migrate
RUN python -m venv /opt/migrate \
    && /opt/migrate/bin/pip install --no-cache-dir --quiet .

FROM ${PYTHON_IMAGE}
# git: the uncommitted-changes guard asks it which files are clean (README "Safety")
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/* \
    && git config --system --add safe.directory '*'
COPY --from=build /opt/migrate /opt/migrate
ENV PATH=/opt/migrate/bin:$PATH
WORKDIR /src
ENTRYPOINT ["migrate"]
CMD ["--help"]
