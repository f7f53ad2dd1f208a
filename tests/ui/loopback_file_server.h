#pragma once
// A one-file HTTP server on 127.0.0.1 for the workstation's download tests,
// run by the test's own event loop: any GET is answered 200 with the body,
// written in chunks of `chunkBytes` every `intervalMs` (slow enough to cancel
// when asked). Ranges are ignored: each test uses a fresh store.
#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace nagl::ui::test {

class LoopbackFileServer : public QObject {
 public:
  LoopbackFileServer(QByteArray body, int chunkBytes, int intervalMs)
      : body_(std::move(body)), chunk_(chunkBytes), interval_(intervalMs) {
    server_.listen(QHostAddress::LocalHost);
    connect(&server_, &QTcpServer::newConnection, this, [this] {
      while (QTcpSocket* socket = server_.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
          if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool()) return;
          socket->setProperty("answered", true);
          ++requests_;
          socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body_.size()) +
                        "\r\nConnection: close\r\n\r\n");
          sendFrom(socket, 0);
        });
      }
    });
  }
  QString url(const QString& path) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(server_.serverPort()).arg(path);
  }
  int requests() const { return requests_; }

 private:
  void sendFrom(QTcpSocket* socket, qsizetype offset) {
    if (socket->state() != QAbstractSocket::ConnectedState) return;
    socket->write(body_.mid(offset, chunk_));
    const qsizetype next = offset + chunk_;
    if (next >= body_.size()) {
      socket->disconnectFromHost();
      return;
    }
    QTimer::singleShot(interval_, socket, [this, socket, next] { sendFrom(socket, next); });
  }

  QTcpServer server_;
  QByteArray body_;
  int chunk_, interval_;
  int requests_ = 0;
};

}  // namespace nagl::ui::test
