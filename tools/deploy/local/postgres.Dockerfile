# PostgreSQL 15 from Debian's packages on the local base image, for machines that reach no image
# registry (tools/scripts/docker.sh builds it). It behaves as the official postgres:15 image does
# where Rectify relies on it: POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB, the scripts in
# /docker-entrypoint-initdb.d run once on an empty data folder, data in /var/lib/postgresql/data.
ARG BASE_IMAGE=rectify-local/debian:bookworm
FROM ${BASE_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-15 \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/lib/postgresql/data /docker-entrypoint-initdb.d /var/run/postgresql \
 && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint.sh
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
USER postgres
EXPOSE 5432
ENTRYPOINT ["/usr/local/bin/postgres-entrypoint.sh"]
