#include "base/path.h"

#include <gtest/gtest.h>

#include "base/lazy_path.h"

using claims::LazyPath;
using claims::Path;

TEST(Path, MembersAndIndexesAsJsonPointer) {
  EXPECT_EQ(Path().str(), "");
  EXPECT_EQ((Path("/claims") / 3 / "order" / "date").str(), "/claims/3/order/date");
  EXPECT_EQ((Path() / "").str(), "/");
}

TEST(Path, EscapesTildeAndSlashAsRfc6901Says) {
  EXPECT_EQ((Path() / "a/b").str(), "/a~1b");
  EXPECT_EQ((Path() / "m~n").str(), "/m~0n");
  EXPECT_EQ((Path() / "~/").str(), "/~0~1");
}

TEST(Path, DottedNameForMessages) {
  EXPECT_EQ(Path().dotted(), "");
  EXPECT_EQ((Path() / "as_of").dotted(), "as_of");
  EXPECT_EQ((Path("/validate") / "known_orders").dotted(), "validate.known_orders");
  EXPECT_EQ((Path("/fx") / "rate").dotted(), "fx.rate");
  EXPECT_EQ((Path() / "a/b" / "m~n").dotted(), "a/b.m~n");
}

TEST(LazyPath, SpellsOutTheSamePointerOnlyWhenAsked) {
  const Path root("/claims/0");
  const LazyPath at(root);
  EXPECT_EQ((at / "order" / "items" / std::size_t(2) / "sku").path().str(),
            "/claims/0/order/items/2/sku");
  EXPECT_EQ(at.path().str(), "/claims/0");
  EXPECT_EQ((at / "a/b").path().str(), "/claims/0/a~1b");
}
