# RabbitMQ from Debian's packages on the local base image, for machines that reach no image
# registry (tools/scripts/docker.sh builds it). Like the official rabbitmq:*-management image where
# Rectify relies on it: RABBITMQ_DEFAULT_USER / RABBITMQ_DEFAULT_PASS, the management plugin on
# 15672, data in /var/lib/rabbitmq, `rabbitmq-diagnostics -q ping` as the health check.
ARG BASE_IMAGE=rectify-local/debian:bookworm
FROM ${BASE_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends rabbitmq-server \
 && rm -rf /var/lib/apt/lists/* \
 && echo '[rabbitmq_management].' >/etc/rabbitmq/enabled_plugins
COPY rabbitmq-entrypoint.sh /usr/local/bin/rabbitmq-entrypoint.sh
# The config is written at start from the environment, into the data folder the user owns; logs
# go to the console.
ENV RABBITMQ_CONFIG_FILE=/var/lib/rabbitmq/rabbitmq.conf HOME=/var/lib/rabbitmq RABBITMQ_LOGS=-
USER rabbitmq
EXPOSE 5672 15672
ENTRYPOINT ["/usr/local/bin/rabbitmq-entrypoint.sh"]
