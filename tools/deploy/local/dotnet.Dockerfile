# The .NET SDK and ASP.NET Core runtime images, made from the SDK installed on this machine for
# machines that reach no image registry (tools/scripts/docker.sh builds them; the build context
# is the SDK folder, e.g. /usr/share/dotnet). They stand in for mcr.microsoft.com/dotnet/sdk and
# .../aspnet: same paths, the same app user (uid 1654, APP_UID) and the same defaults.
ARG BASE_IMAGE=rectify-local/debian:bookworm

FROM ${BASE_IMAGE} AS deps
# What .NET needs from the OS: TLS, ICU (zh-CN culture), time zones (Asia/Shanghai), zlib.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates libicu72 libssl3 tzdata zlib1g \
 && rm -rf /var/lib/apt/lists/*
ENV DOTNET_RUNNING_IN_CONTAINER=true DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

FROM deps AS runtime
COPY dotnet /usr/share/dotnet/dotnet
COPY host /usr/share/dotnet/host
COPY shared /usr/share/dotnet/shared
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \
 && groupadd --gid 1654 app \
 && useradd --uid 1654 --gid 1654 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app
ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080
USER 1654

FROM deps AS sdk
COPY . /usr/share/dotnet/
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet
# Package signatures are checked without online revocation lookups, as on the machine it came from
# (no certificate revocation server is reachable where no registry is).
ENV NUGET_CERT_REVOCATION_MODE=offline
