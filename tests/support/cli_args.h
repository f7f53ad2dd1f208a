#pragma once
// What the CLI tests put on a command line and read back: the test model's
// flags, literal flag runs written as one string, and `scores.csv`.
#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tiny_model.h"

namespace nagl::test {

// "infer --image-size 112" -> {"infer", "--image-size", "112"}; for literal
// flags only (a path may hold a space: pass it as its own element).
inline std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

inline std::vector<std::string>& append(std::vector<std::string>& args, std::initializer_list<std::string> more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}
inline std::vector<std::string>& append(std::vector<std::string>& args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// `--backbone B [--head H] --image-size 112 --device cpu --threads N`.
inline std::vector<std::string> tinyModelFlags(bool withHead = true, int threads = 1) {
  std::vector<std::string> flags = {"--backbone", tinyBackbone()};
  if (withHead) append(flags, {"--head", tinyHead()});
  return append(flags, {"--image-size", "112", "--device", "cpu", "--threads", std::to_string(threads)});
}

// scores.csv as path -> image score, its header checked.
inline std::map<std::string, double> readScoresCsv(const std::filesystem::path& csv) {
  std::ifstream in(csv);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "path,image_score") << csv;
  std::map<std::string, double> scores;
  while (std::getline(in, line)) {
    const auto comma = line.rfind(',');
    scores[line.substr(0, comma)] = std::stod(line.substr(comma + 1));
  }
  return scores;
}

inline std::size_t countOccurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace nagl::test
