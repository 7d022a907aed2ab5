# Multi-stage build: a static binary (pure-Go SQLite, no cgo) on a distroless, non-root image.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/loanbot ./cmd/loanbot

FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /home/nonroot
COPY --from=build /out/loanbot /usr/local/bin/loanbot
ENV LOANBOT_ADDR=:8080 LOANBOT_DATABASE=sqlite:/home/nonroot/data/loanbot.db
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/loanbot"]
CMD ["serve"]
