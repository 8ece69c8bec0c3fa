# One build for docker-compose.yml: the reactor is built once with Maven inside, and each target below is
# one image (ledger-service, query-service, and seed, the one-shot loader of the seed year).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests -pl ledger-service,query-service -am package

FROM eclipse-temurin:17-jre AS runtime
ENV TZ=Asia/Shanghai
WORKDIR /app

FROM runtime AS ledger-service
COPY --from=build /src/ledger-service/target/ledger-service.jar /app/
EXPOSE 8081
ENTRYPOINT ["java", "-jar", "/app/ledger-service.jar"]

FROM runtime AS query-service
# The published report's PDF and charts are drawn with a CJK font.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/query-service/target/query-service.jar /app/
EXPOSE 8082
ENTRYPOINT ["java", "-jar", "/app/query-service.jar"]

FROM runtime AS seed
COPY datasets/wuchang /app/datasets/wuchang
ENTRYPOINT ["bash", "-c", "datasets/wuchang/load.sh \"$LEDGER_URL\" && datasets/wuchang/load-annotations.sh \"$QUERY_URL\""]
