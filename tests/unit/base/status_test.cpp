#include "base/status.h"

#include <gtest/gtest.h>

#include <string>

using claims::invalid_request;
using claims::RequestError;
using claims::Status;
using claims::StatusOr;

namespace {

StatusOr<int> parse_digit(char c) {
  if (c < '0' || c > '9') return invalid_request("/d", std::string("not a digit: ") + c);
  return c - '0';
}

StatusOr<int> sum_of_two(char a, char b) {
  ASSIGN_OR_RETURN(const int x, parse_digit(a));
  int y = 0;
  ASSIGN_OR_RETURN(y, parse_digit(b));  // into an existing variable
  return x + y;
}

Status both_digits(char a, char b) {
  RETURN_IF_ERROR(parse_digit(a));
  RETURN_IF_ERROR(parse_digit(b));
  return Status();
}

}  // namespace

TEST(Status, DefaultIsSuccessAnErrorKeepsItsMembers) {
  EXPECT_TRUE(Status().ok());
  const Status s = RequestError{"request.too_large", "/csv", "too many rows"};
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, "request.too_large");
  EXPECT_EQ(s.error().path, "/csv");
  EXPECT_EQ(s.error().message, "too many rows");
}

TEST(Status, AssignOrReturnTakesTheValueOrReturnsTheFirstError) {
  EXPECT_EQ(sum_of_two('3', '4').value(), 7);
  const StatusOr<int> first = sum_of_two('x', 'y');
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.error().message, "not a digit: x");
  const StatusOr<int> second = sum_of_two('1', 'y');
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().message, "not a digit: y");
}

TEST(Status, ReturnIfErrorReturnsTheError) {
  EXPECT_TRUE(both_digits('1', '2').ok());
  const Status s = both_digits('1', '?');
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, "request.invalid");
  EXPECT_EQ(s.error().path, "/d");
}
