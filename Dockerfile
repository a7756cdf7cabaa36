# Rectify: the image of every deployable comes from this one file. Build from the repository root
# (the build needs the whole solution's props files), naming the project and its port (docs/layout.md):
#   docker build --build-arg PROJECT=services/Tasks/Rectify.Tasks --build-arg PORT=5103 \
#     --build-arg VOLUMES=/tmp/rectify/tasks-evidence -t rectify/tasks .
# docker-compose.yml and tools/scripts/docker.sh pass these for each part.
# The build stage publishes every deployable at once and does not depend on PROJECT, so the images of
# all the parts share it: the solution is compiled once, not once per image.
# Base images are pinned; pin digests too where your registry policy asks for it, e.g.
#   --build-arg RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0.12-noble-chiseled-extra@sha256:<digest>
# The SDK matches global.json; the runtime is chiseled (no shell, no package manager, non-root)
# "extra" (ICU and tzdata: zh-CN culture and Asia/Shanghai deadlines need both).
# No "# syntax=" line: the engine's built-in frontend has RUN --mount, and a syntax image must be pulled.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0.401-noble
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0.12-noble-chiseled-extra

FROM ${SDK_IMAGE} AS build
# The deployables (docs/layout.md); each project file is named after its folder.
ARG DEPLOYABLES="services/Units/Rectify.Units services/Findings/Rectify.Findings services/Tasks/Rectify.Tasks \
services/Notifications/Rectify.Notifications services/Reporting/Rectify.Reporting web/Rectify.Web.Host gateway/Rectify.Gateway"
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# .dockerignore keeps bin/, obj/, data/, .git and secrets out of the context.
COPY . .
# The repository has no NuGet lock files (packages.lock.json); versions are pinned centrally in
# Directory.Packages.props. With lock files, add --locked-mode here.
# Behind a TLS-inspecting proxy, pass the machine's CA bundle for the restore only (never kept in
# an image): --secret id=ca-certificates,src=/etc/ssl/certs/ca-certificates.crt
RUN --mount=type=cache,id=rectify-nuget,target=/root/.nuget/packages \
    --mount=type=secret,id=ca-certificates,target=/etc/ssl/certs/ca-certificates.crt \
    for project in $DEPLOYABLES tools/Rectify.Ops; do dotnet restore "$project/${project##*/}.csproj" || exit 1; done
# Each into /publish/<project folder>, with entry.dll linking to its own assembly; the operations
# tool (health probe, key generation) into /publish/ops.
RUN --mount=type=cache,id=rectify-nuget,target=/root/.nuget/packages \
    for project in $DEPLOYABLES; do \
      dotnet publish "$project/${project##*/}.csproj" -c Release -o "/publish/$project" --no-restore \
        -p:UseAppHost=false -p:ContinuousIntegrationBuild=true -p:Deterministic=true || exit 1; \
      ln -s "${project##*/}.dll" "/publish/$project/entry.dll"; \
    done \
 && dotnet publish tools/Rectify.Ops/Rectify.Ops.csproj -c Release -o /publish/ops --no-restore \
      -p:UseAppHost=false -p:ContinuousIntegrationBuild=true -p:Deterministic=true

# The part's mount points as a tree to copy over the runtime's root: each owned by the app user, their
# parents as they are in the base image (/tmp stays root's, mode 1777). Checks PROJECT too.
FROM build AS volumes
ARG PROJECT
# Mount points the app user must own, so that fresh named volumes mounted there are writable to it.
ARG VOLUMES=""
RUN test -f "/publish/$PROJECT/entry.dll" \
      || { echo "--build-arg PROJECT= must name one of: $DEPLOYABLES (got '$PROJECT')" >&2; exit 1; } \
 && mkdir /volumes && for dir in $VOLUMES; do mkdir -p "/volumes$dir"; done \
 && find /volumes -mindepth 1 -type d | while read -r dir; do \
      if [ -d "${dir#/volumes}" ]; then chown --reference="${dir#/volumes}" "$dir"; chmod --reference="${dir#/volumes}" "$dir"; fi; \
    done \
 && for dir in $VOLUMES; do chown 1654:1654 "/volumes$dir"; done

FROM ${RUNTIME_IMAGE} AS runtime
# The project folder, e.g. gateway/Rectify.Gateway, and the port it listens on (docs/layout.md).
ARG PROJECT
ARG PORT
# RECTIFY_DATA_DIR: keys, and the files a part keeps on disk (a volume in compose and k8s).
ARG DATA_DIR=/tmp/rectify
WORKDIR /app
COPY --from=build --chown=root:root /publish/${PROJECT} ./
COPY --from=build --chown=root:root /publish/ops ./ops
# The chiseled image has no shell to mkdir with: the mount points come from the volumes stage, with
# their owners (a copy from a stage keeps them).
COPY --from=volumes /volumes/ /
# Listen on every interface on the part's port; ASPNETCORE_URLS wins over the base image's
# ASPNETCORE_HTTP_PORTS, which is cleared so nothing else is bound.
ENV ASPNETCORE_URLS=http://+:${PORT} \
    ASPNETCORE_HTTP_PORTS= \
    ASPNETCORE_ENVIRONMENT=Production \
    RECTIFY_DATA_DIR=${DATA_DIR}
EXPOSE ${PORT}
# The chiseled image's non-root user (uid 1654); the files above are root-owned and read-only to it.
USER $APP_UID
# probe without a URL asks /alive where ASPNETCORE_URLS listens. Failures in the first 90 s do not
# count (a loaded node starting many .NET processes at once); the first success counts at once.
HEALTHCHECK --interval=15s --timeout=10s --start-period=90s --retries=3 \
  CMD ["dotnet", "/app/ops/Rectify.Ops.dll", "probe"]
# entry.dll links to the project's own assembly, named after its folder.
ENTRYPOINT ["dotnet", "/app/entry.dll"]
