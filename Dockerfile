# Hindsight API + dashboard, for docker-compose deployments on KurrentDB.
# Build: everything compiled with the dev toolchain. Runtime: production dependencies only, non-root.

FROM node:20-bookworm-slim AS toolchain
# better-sqlite3 (local tokens, read models) compiles against Node's headers.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

FROM toolchain AS build
RUN npm ci
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build -p api dashboard cli

FROM toolchain AS production-dependencies
RUN npm ci --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HINDSIGHT_HOST=0.0.0.0 \
    HINDSIGHT_PORT=3000 \
    HINDSIGHT_DATA=/data/hindsight.sqlite
WORKDIR /app
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
# Ready: the store answers and the read models follow the log (503 while they catch up after start).
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/apps/api/main.js"]
