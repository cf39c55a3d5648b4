# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write("hello ")
m = sys.stdout.write("world\n")
print(n, m)
sys.stdout.write("no newline; ")
print("print continues the line")
for i in range(3):
    sys.stdout.write(str(i) + ",")
sys.stdout.write("\n")
count = sys.stdout.write("ünïcode ✓\n")
print(count)
sys.stdout.write("")
print("mixing", end=" ")
sys.stdout.write("write\n")
out = sys.stdout
out.write("alias works\n")
sys.stdout.flush()
print("end")
