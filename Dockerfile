# The API in a container: built with the SDK, run on the ASP.NET runtime image as a non-root user.
# Docker cannot run on the development machines, so this file is kept correct by reading (see docs/operators.md).

# --- build ---------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so a code change reuses the cached packages layer.
COPY Directory.Build.props Directory.Packages.props nuget.config .editorconfig ./
COPY nuget-local/ nuget-local/
COPY api/RolesBoard.Api.csproj api/
COPY scrapers/RolesBoard.Scrapers.csproj scrapers/
RUN dotnet restore api/RolesBoard.Api.csproj
COPY api/ api/
COPY scrapers/ scrapers/
RUN dotnet publish api/RolesBoard.Api.csproj -c Release --no-restore -o /app

# --- run -----------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The CoTech membership register, for `docker compose run --rm api import-coops /app/data/cotech-coops`.
COPY data/ data/
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DataProtection__KeysDirectory=/var/lib/rolesboard/keys
EXPOSE 8080
# The keys that encrypt webhook signing secrets are the one thing written to disk when ROLESBOARD_DB is set: their
# folder belongs to the app's user, so a volume mounted there (docker-compose.yml) starts writable and outlives the container.
RUN mkdir -p /var/lib/rolesboard/keys && chown -R $APP_UID /var/lib/rolesboard
# The image's own unprivileged user (uid 1654).
USER $APP_UID
# The runtime image has no curl: the app itself asks its /health/ready (Degraded, while the match index builds, is ready).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "RolesBoard.Api.dll", "healthcheck", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "RolesBoard.Api.dll"]
