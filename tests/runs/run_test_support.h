#pragma once
// A small lot built at test time from the real MVTec AD grid samples (never
// copied into the project), and the test backbone's `nagl infer` arguments.
#include <gtest/gtest.h>

#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "../support/scratch_files.h"

namespace nagl::test {

namespace fs = std::filesystem;

inline fs::path gridSamples() { return fs::path(NAGL_SHARED_DIR) / "real-samples/mvtec_ad/grid"; }
inline fs::path goldenTiny() { return fs::path(NAGL_SHARED_DIR) / "golden/tiny"; }

// `count` queries of `side` pixels: crops of the real grid test images at
// shifting offsets, so every query differs; sorted names q000.png ...
inline std::vector<std::string> makeLot(const fs::path& folder, int count, int side = 128) {
  fs::create_directories(folder);
  std::vector<fs::path> sources;
  for (const auto& e : fs::recursive_directory_iterator(gridSamples() / "test"))
    if (e.path().extension() == ".png") sources.push_back(e.path());
  std::sort(sources.begin(), sources.end());
  std::vector<std::string> paths;
  for (int i = 0; i < count; ++i) {
    const cv::Mat full = cv::imread(sources[i % sources.size()].string(), cv::IMREAD_COLOR);
    const int offset = (i / static_cast<int>(sources.size())) % 9 * 7;
    cv::Mat small;
    cv::resize(full(cv::Rect(offset, offset, full.cols - 64, full.rows - 64)), small, cv::Size(side, side), 0, 0,
               cv::INTER_AREA);
    char name[32];
    std::snprintf(name, sizeof name, "q%03d.png", i);
    const fs::path path = folder / name;
    cv::imwrite(path.string(), small);
    paths.push_back(path.string());
  }
  return paths;
}

inline fs::path makeReference(const fs::path& folder, const std::string& source = "train/good/000.png") {
  fs::create_directories(folder);
  cv::Mat small;
  cv::resize(cv::imread((gridSamples() / source).string(), cv::IMREAD_COLOR), small, cv::Size(128, 128), 0, 0,
             cv::INTER_AREA);
  const fs::path path =
      folder / (fs::path(source).parent_path().filename().string() + "_" + fs::path(source).filename().string());
  cv::imwrite(path.string(), small);
  return path;
}

// nagl infer with the test backbone and head, normal-only.
inline std::vector<std::string> inferArgs(const fs::path& normal, const fs::path& out) {
  std::vector<std::string> args = {"infer"};
  append(args, tinyModelFlags());
  return append(args, {"--normal", normal.string(), "--out", out.string()});
}

// `args` followed by `more`, as a new list (append() extends in place).
inline std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  append(args, more);
  return args;
}

inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream s(text);
  for (std::string line; std::getline(s, line);) out.push_back(line);
  return out;
}

// The rows of a scores.csv without its header.
inline std::vector<std::string> scoreRows(const fs::path& out) {
  auto all = lines(readBytes(out / "scores.csv"));
  if (!all.empty()) all.erase(all.begin());
  return all;
}

inline std::string stemOfRow(const std::string& row) { return fs::path(row.substr(0, row.find(','))).stem().string(); }

// Files under folder, its sub-folders included (an output name keeps the lot's sub-folders).
inline std::size_t filesIn(const fs::path& folder) {
  std::size_t n = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    n += it->is_regular_file();
  return n;
}

}  // namespace nagl::test
