// Downloads against a loopback HTTP server the tests start themselves.
#include <gtest/gtest.h>

#include <chrono>

#include "../support/thrown_message.h"
#include "http_test_server.h"
#include "nagl/foundation/sha256.h"
#include "nagl/store/download.h"
#include "nagl/store/fetch.h"
#include "nagl/store/official_models.h"
#include "store_test_support.h"

namespace nagl::store {
namespace {

using foundation::sha256File;
using foundation::sha256Hex;
using test::HttpTestServer;
using test::messageOf;

class DownloadTest : public test::StoreTest {
 protected:
  void SetUp() override {
    test::StoreTest::SetUp();
    weights_ = test::readBytes(test::tinyBackbone());
    ASSERT_GT(weights_.size(), 10'000'000u);
  }
  // Nothing stored and no download left behind.
  void expectStoreUntouched() {
    store::ModelStore store(storeDir());
    EXPECT_TRUE(store.manifest().models.empty());
    EXPECT_EQ(test::fileCount(store.downloadsDirectory()), 0u);
    std::error_code ec;
    for (const auto& f : std::filesystem::directory_iterator(storeDir(), ec))
      EXPECT_TRUE(f.path().filename() == ".lock" || f.path().filename() == "downloads") << f.path();
  }
  std::string weights_;
};

// Options that download from `url`, the rest as by default.
store::FetchOptions fetchFrom(const std::string& url) {
  store::FetchOptions options;
  options.url = url;
  return options;
}

TEST_F(DownloadTest, ServedFileIsVerifiedAndImported) {
  HttpTestServer server({{"/dinov2/tiny.pth", {weights_}}});
  store::ModelStore store;
  store::FetchOptions options = fetchFrom(server.url("/dinov2/tiny.pth"));
  options.sha256 = sha256Hex(weights_);
  std::uint64_t lastReported = 0;
  options.download.progress = [&](const store::DownloadProgress& p) {
    EXPECT_GE(p.received, lastReported);
    lastReported = p.received;
    if (p.total) {
      EXPECT_EQ(p.total, weights_.size());
    }
    return true;
  };
  const store::ModelEntry e = store::fetchModel(store, "tiny", options);
  EXPECT_EQ(e.kind, store::ModelKind::Backbone);
  EXPECT_EQ(e.architecture, "DINOv2 ViT-S/14 (embed 384, depth 2, 6 heads)");
  EXPECT_EQ(e.sha256, sha256Hex(weights_));
  EXPECT_EQ(e.size, weights_.size());
  EXPECT_EQ(e.source, options.url);
  EXPECT_EQ(lastReported, weights_.size());
  EXPECT_EQ(store.manifest().defaultBackbone, "tiny");
  EXPECT_EQ(test::fileCount(store.downloadsDirectory()), 0u);  // the download is deleted once imported
  EXPECT_EQ(server.requests(), std::vector<std::string>{"/dinov2/tiny.pth range=-"});
  EXPECT_THROW(store::fetchModel(store, "tiny", options), store::StoreError);  // already there: no second download
  EXPECT_EQ(server.requests().size(), 1u);
}

TEST_F(DownloadTest, WrongChecksumIsAnErrorAndNothingIsStored) {
  HttpTestServer server({{"/w.pth", {weights_}}});
  store::ModelStore store;
  store::FetchOptions options = fetchFrom(server.url("/w.pth"));
  options.sha256 = std::string(64, 'f');
  const std::string what = messageOf<store::StoreError>([&] { store::fetchModel(store, "tiny", options); });
  EXPECT_NE(what.find("SHA-256 mismatch"), std::string::npos) << what;
  EXPECT_NE(what.find(sha256Hex(weights_)), std::string::npos) << what;
  EXPECT_NE(what.find("discarded"), std::string::npos) << what;
  expectStoreUntouched();
}

TEST_F(DownloadTest, InterruptedTransferIsResumedWithARangeRequest) {
  const std::size_t cut = 5'000'000;
  HttpTestServer server({{"/w.pth", {weights_, cut}}});
  store::ModelStore store;
  store::FetchOptions options = fetchFrom(server.url("/w.pth"));
  options.sha256 = sha256Hex(weights_);
  const store::ModelEntry e = store::fetchModel(store, "tiny", options);  // retries by itself
  EXPECT_EQ(e.sha256, sha256Hex(weights_));
  EXPECT_EQ(server.requests(), (std::vector<std::string>{"/w.pth range=-", "/w.pth range=bytes=5000000-"}));
}

TEST_F(DownloadTest, InterruptedTransferResumesOnTheNextRun) {
  const std::size_t cut = 3'000'000;
  HttpTestServer server({{"/w.pth", {weights_, cut}}});
  store::ModelStore store;
  store::FetchOptions options = fetchFrom(server.url("/w.pth"));
  options.download.maxAttempts = 1;
  const std::string what = messageOf<store::DownloadError>([&] { store::fetchModel(store, "tiny", options); });
  EXPECT_NE(what.find("interrupted after 3000000 bytes"), std::string::npos) << what;
  EXPECT_NE(what.find("again to resume"), std::string::npos) << what;
  const auto part = store.downloadsDirectory() / "tiny.download.part";
  ASSERT_TRUE(std::filesystem::exists(part));
  EXPECT_EQ(std::filesystem::file_size(part), cut);
  EXPECT_TRUE(store.manifest().models.empty());

  std::uint64_t resumedFrom = 0;
  options.download.progress = [&](const store::DownloadProgress& p) {
    resumedFrom = p.resumedFrom;
    return true;
  };
  const store::ModelEntry e = store::fetchModel(store, "tiny", options);
  EXPECT_EQ(resumedFrom, cut);
  EXPECT_EQ(e.sha256, sha256Hex(weights_));
  EXPECT_FALSE(std::filesystem::exists(part));
  EXPECT_EQ(server.requests().back(), "/w.pth range=bytes=3000000-");
}

TEST_F(DownloadTest, ServerIgnoringRangeRestartsFromZero) {
  HttpTestServer server({{"/w.pth", {weights_, 2'000'000, true}}});
  const auto destination = scratch("w.pth");
  store::DownloadOptions options;
  options.maxAttempts = 1;
  EXPECT_THROW(store::downloadFile(server.url("/w.pth"), destination, options), store::DownloadError);
  store::downloadFile(server.url("/w.pth"), destination, options);
  EXPECT_EQ(sha256File(destination), sha256Hex(weights_));
  EXPECT_FALSE(std::filesystem::exists(destination.string() + ".part"));
}

TEST_F(DownloadTest, CancelKeepsThePartForLater) {
  HttpTestServer server({{"/w.pth", {weights_}}});
  const auto destination = scratch("w.pth");
  store::DownloadOptions options;
  options.progress = [](const store::DownloadProgress& p) { return p.received < 1'000'000; };
  const store::DownloadError error = [&] {
    try {
      store::downloadFile(server.url("/w.pth"), destination, options);
    } catch (const store::DownloadError& e) {
      return e;
    }
    return store::DownloadError(store::DownloadError::Reason::Other, "no error");
  }();
  EXPECT_EQ(error.reason, store::DownloadError::Reason::Cancelled) << error.what();
  EXPECT_TRUE(std::filesystem::exists(destination.string() + ".part"));
  EXPECT_FALSE(std::filesystem::exists(destination));
}

TEST_F(DownloadTest, NotFoundNamesTheUrl) {
  HttpTestServer server({{"/w.pth", {weights_}}});
  store::ModelStore store;
  store::FetchOptions options = fetchFrom(server.url("/missing.pth"));
  try {
    store::fetchModel(store, "tiny", options);
    ADD_FAILURE();
  } catch (const store::DownloadError& e) {
    EXPECT_EQ(e.reason, store::DownloadError::Reason::Http);
    EXPECT_EQ(e.httpStatus, 404);
    const std::string what = e.what();
    EXPECT_NE(what.find("HTTP 404"), std::string::npos) << what;
    EXPECT_NE(what.find(options.url), std::string::npos) << what;
  }
  expectStoreUntouched();
}

TEST_F(DownloadTest, OfflineFailsAtOnceAndSaysHowToImport) {
  store::ModelStore store;
  store::FetchOptions options =
      fetchFrom("http://127.0.0.1:" + std::to_string(test::closedLoopbackPort()) + "/dinov2_vits14_pretrain.pth");
  const auto started = std::chrono::steady_clock::now();
  try {
    store::fetchModel(store, "dinov2_vits14", options);
    ADD_FAILURE();
  } catch (const store::DownloadError& e) {
    EXPECT_EQ(e.reason, store::DownloadError::Reason::Offline);
    const std::string what = e.what();
    EXPECT_NE(what.find(options.url), std::string::npos) << what;
    EXPECT_NE(what.find("nagl models import FILE --name dinov2_vits14"), std::string::npos) << what;
  }
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  expectStoreUntouched();
}

TEST_F(DownloadTest, OfficialNameMustHaveTheOfficialArchitecture) {
  // A "mirror" serving the depth-2 test model under the ViT-S/14 name.
  HttpTestServer server({{"/w.pth", {weights_}}});
  store::ModelStore store;
  store::FetchOptions options = fetchFrom(server.url("/w.pth"));
  const std::string what = messageOf<store::StoreError>([&] { store::fetchModel(store, "dinov2_vits14", options); });
  EXPECT_NE(what.find("expected embed 384, depth 12, 0 register tokens"), std::string::npos) << what;
  expectStoreUntouched();
}

TEST_F(DownloadTest, UnknownNameWithoutUrl) {
  store::ModelStore store;
  const std::string what = messageOf<store::StoreError>([&] { store::fetchModel(store, "dinov2_vitx14", {}); });
  EXPECT_NE(what.find("dinov2_vits14_reg"), std::string::npos) << what;
}

TEST(OfficialModels, NamesUrlsAndArchitectures) {
  EXPECT_EQ(store::officialModels().size(), 8u);
  const store::OfficialModel* s = store::findOfficialModel("dinov2_vits14");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->url, "https://dl.fbaipublicfiles.com/dinov2/dinov2_vits14/dinov2_vits14_pretrain.pth");
  const store::OfficialModel* b = store::findOfficialModel("dinov2_vitb14_reg");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->url, "https://dl.fbaipublicfiles.com/dinov2/dinov2_vitb14/dinov2_vitb14_reg4_pretrain.pth");
  EXPECT_EQ(b->architecture.embedDim, 768);
  EXPECT_EQ(b->architecture.registerTokens, 4);
  const store::OfficialModel* g = store::findOfficialModel("dinov2_vitg14");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->architecture.embedDim, 1536);
  EXPECT_EQ(g->architecture.depth, 40);
  EXPECT_EQ(store::findOfficialModel("dinov2_vitl14_reg")->architecture.depth, 24);
  EXPECT_FALSE(store::findOfficialModel("dinov2_vits14_reg4"));
}

}  // namespace
}  // namespace nagl::store
