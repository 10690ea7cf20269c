# The talkgraph service image (see docker-compose.yml): `talkgraph serve` on
# port 4000, on Neo4j when NEO4J_URI is set. `docker compose run --rm talkgraph
# ingest PATH…` runs the other commands.
FROM node:24-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so a source change reuses the cached npm ci layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
# `prepare` compiles dist/ and the browser and GraphiQL bundles.
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production TALKGRAPH_HOST=0.0.0.0 TALKGRAPH_DATA_DIR=/data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/bin bin
COPY --from=build /app/cypher cypher
# the catalogs are data read at run time (users may mount their own via TALKGRAPH_CATALOGS)
COPY --from=build /app/loaders/catalogs loaders/catalogs
COPY --from=build /app/web web
COPY --from=build /app/demo demo
RUN mkdir -p /data /documents && chown node:node /data /documents
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "bin/talkgraph.js"]
CMD ["serve", "--port", "4000", "--host", "0.0.0.0"]
