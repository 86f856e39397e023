FROM gcc:13
WORKDIR /src
COPY tool.c tool.1 ./
RUN mkdir -p /out/bin /out/share/man/man1
RUN gcc -o /out/bin/tool tool.c
RUN cp tool.1 /out/share/man/man1/tool.1
